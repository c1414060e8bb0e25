// End-to-end at scale: the sharing network view with 2,000 members and 20,000 ties (a survey imported through the
// API) in Chromium: drawn and laid out without freezing the page, the member table virtualized, sorting correct.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkMetrics } from '../../src/common/api/methods/network';
import { seededRandom } from '../../src/common/seeded-random';
import { MemberStore } from '../../src/node/store/member-store';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { openServices } from '../helpers/workspace';
import { callServeApi, openWorkbench } from './browser';
import type { WorkbenchSession } from './browser';
import { longTasks, watchLongTasks } from './long-tasks';
import { runCommand } from './palette';

const tempDir = useTempDirs();
let session: WorkbenchSession;
const MEMBERS = 2_000;
const TIES = 20_000;
const ROW_BUDGET = 100;
/**
 * A main-thread task longer than this would be a visible freeze. Measured here: the task that carries sigma's first
 * frame of 2,000 nodes takes 1.0–1.5 s even with every edge hidden (its JavaScript is ~35 ms; the rest is Chromium
 * drawing the WebGL canvases with SwiftShader, the software GL of this GPU-less machine).
 */
const LONG_TASK_BUDGET_MS = 2_000;

beforeAll(async () => {
  const ws = join(tempDir('copw-network-scale-e2e'), 'ws');
  expect(copw(['init', ws]).code).toBe(0);
  const services = openServices(ws);
  const store = new MemberStore(services.db);
  services.db.transaction(() => {
    for (let i = 0; i < MEMBERS; i++) store.insert({ id: `m${i}`, name: `Member ${i}`, email: `m${i}@example.org`, role: '', participation: 'active', narrative: '', domainIds: [] }, '2026-11-01T00:00:00Z');
  })();
  // Skewed givers (a few give to many), like the seed's study.
  const rand = seededRandom(7);
  const pairs = new Set<string>();
  const rows = ['respondent,contact,direction'];
  while (pairs.size < TIES) {
    const a = Math.floor(MEMBERS * rand() ** 1.6);
    const b = Math.floor(rand() * MEMBERS);
    if (a === b || pairs.has(`${a}>${b}`)) continue;
    pairs.add(`${a}>${b}`);
    rows.push(`m${a}@example.org,m${b}@example.org,gives`);
  }
  const report = await createInProcessClient(services).call('network.importSurvey', { csvText: rows.join('\n') });
  expect(report.imported).toBe(TIES);
  services.close();
  session = await openWorkbench(ws);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('sharing network view at 2,000 members / 20,000 ties', () => {
  it('draws and lays out without a long main-thread task; the member table stays small and sorts right', async () => {
    const { page } = session;
    await watchLongTasks(page);
    const started = Date.now();
    await runCommand(page, 'Show Sharing Network');
    const view = page.getByTestId('network-view');
    await expect.poll(() => view.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    const readyMs = Date.now() - started;
    expect(Number(await view.getAttribute('data-members'))).toBe(MEMBERS);
    const expected = await callServeApi<NetworkMetrics>(session.serve.url, 'network.metrics', {});
    expect(expected.ties).toBe(TIES);
    expect(await page.getByTestId('network-metric-ties').innerText()).toBe(TIES.toLocaleString('en'));
    expect(Number(await view.getAttribute('data-one-way-edges')) + 2 * Number(await view.getAttribute('data-mutual-edges'))).toBe(TIES);
    await expect.poll(() => page.getByTestId('network-canvas').getAttribute('data-laid-out'), { timeout: 120_000 }).toBe('true');
    const laidOutMs = Date.now() - started;

    // The table holds every member but renders only what is in view.
    const table = page.getByTestId('network-members');
    expect(await table.getAttribute('data-rows')).toBe(String(MEMBERS));
    expect(await table.locator('tbody tr[data-member-id]').count()).toBeLessThan(ROW_BUDGET);
    // Sorted by "Gave to", most first: the top row is the member the service counts the highest.
    await page.getByTestId('network-sort-outDegree').click();
    const top = [...expected.perMember].sort((a, b) => b.outDegree - a.outDegree)[0];
    const first = table.locator('tbody tr[data-member-id]').first();
    expect(await first.locator('[data-col="outDegree"]').innerText()).toBe(String(top.outDegree));
    // Scrolled to the end, the last member by that order is there and the DOM is still small.
    await page.getByTestId('network-members-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => table.locator(`tbody tr[data-index="${MEMBERS - 1}"]`).count()).toBe(1);
    expect(await table.locator('tbody tr[data-member-id]').count()).toBeLessThan(ROW_BUDGET);

    const tasks = await longTasks(page);
    console.log(`[e2e] network at ${MEMBERS} members / ${TIES} ties: ready ${readyMs} ms, laid out ${laidOutMs} ms, long tasks ${JSON.stringify(tasks)}`);
    expect(Math.max(0, ...tasks)).toBeLessThan(LONG_TASK_BUDGET_MS);
  }, 240_000);
});
