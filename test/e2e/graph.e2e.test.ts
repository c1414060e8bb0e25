// End-to-end: the knowledge graph tab in Chromium (sigma.js on WebGL, ForceAtlas2 in a worker) on the demo workspace:
// every note drawn, the layout remembered, a search that centres a note, and a click on it that opens the note.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copw, REPO_ROOT } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { callServeApi, openWorkbench } from './browser';
import type { WorkbenchSession } from './browser';
import { runCommand } from './palette';

const tempDir = useTempDirs();
let session: WorkbenchSession;
const api = <T>(method: string, input: unknown): Promise<T> => callServeApi<T>(session.serve.url, method, input);

beforeAll(async () => {
  const ws = join(tempDir('copw-graph-e2e'), 'ws');
  expect(copw(['init', ws, '--demo']).code).toBe(0);
  session = await openWorkbench(ws);
});

afterAll(async () => {
  await session?.close();
});

describe('knowledge graph view in Chromium', () => {
  it('draws every note, lays it out off the UI thread and remembers the layout', async () => {
    const { page } = session;
    const stats = await api<{ notes: number }>('workspace.stats', {});
    await runCommand(page, 'Show Knowledge Graph');
    const view = page.getByTestId('graph-view');
    await expect.poll(() => view.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    expect(Number(await view.getAttribute('data-nodes'))).toBe(stats.notes);
    await expect.poll(() => view.getAttribute('data-laid-out'), { timeout: 20_000 }).toBe('true');
    // sigma draws into WebGL canvases inside the container.
    expect(await page.getByTestId('graph-canvas').locator('canvas').count()).toBeGreaterThan(0);
    await expect.poll(() => api<unknown>('graph.layout.load', { scope: 'global:all' }), { timeout: 10_000 }).not.toBeNull();
    const layout = await api<{ positions: Record<string, [number, number]> }>('graph.layout.load', { scope: 'global:all' });
    expect(Object.keys(layout.positions)).toHaveLength(stats.notes);
    expect(await page.getByTestId('graph-status').innerText()).toContain(`${stats.notes} of ${stats.notes} notes`);
    mkdirSync(join(REPO_ROOT, 'docs', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshots', 'graph-light.png') });
  });

  it('finds a note by search, centres it, and a click on it opens the note', async () => {
    const { page } = session;
    const target = (await api<{ id: string; title: string }[]>('notes.list', {})).find((n) => n.title === 'SLiMS overdue list query');
    expect(target).toBeDefined();
    const search = page.getByTestId('graph-search');
    await search.fill('SLiMS overdue list');
    expect(await page.getByTestId('graph-matches').innerText()).toBe('1 match');
    await search.press('Enter');
    await page.waitForTimeout(600);
    const box = await page.getByTestId('graph-canvas').boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id')).toBe(`note:${target!.id}`);
    expect(await page.locator('[data-testid="note-title"]').inputValue()).toBe(target!.title);
  });

  it('shows the local graph around the open note, deeper with depth 2', async () => {
    const { page } = session;
    await runCommand(page, 'Show Local Graph of Note');
    const view = page.locator('[data-testid="graph-view"][data-scope="local"]');
    await expect.poll(() => view.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    const one = Number(await view.getAttribute('data-nodes'));
    expect(one).toBeGreaterThan(1);
    await view.locator('select').selectOption('2');
    await expect.poll(async () => Number(await view.getAttribute('data-nodes')), { timeout: 20_000 }).toBeGreaterThan(one);
  });

  it('lists problems in the Problems panel with counts in the status bar; an entry opens its note', async () => {
    const { page } = session;
    const expected = await api<{ counts: Record<string, number>; brokenLinks: { sourceId: string; target: string }[] }>('graph.problems', { stuckDays: 30 });
    expect(expected.counts.brokenLinks).toBeGreaterThan(0);
    const status = page.getByTestId('status-problems');
    await expect
      .poll(() => status.getAttribute('data-warnings'))
      .toBe(String(expected.counts.brokenLinks + expected.counts.duplicateTitles + expected.counts.noDomain));
    await status.click();
    const group = page.locator('[data-testid="problems-group"][data-group="brokenLinks"]');
    await group.waitFor();
    expect(await group.getAttribute('data-count')).toBe(String(expected.counts.brokenLinks));
    const first = expected.brokenLinks[0];
    const row = group.locator(`.problems-row[data-note-id="${first.sourceId}"]`).first();
    expect(await row.innerText()).toContain(first.target);
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshots', 'problems-light.png') });
    await row.click();
    await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id')).toBe(`note:${first.sourceId}`);

    // A new broken link shows up after the write, without a reload.
    const note = await api<{ id: string; body: string }>('notes.get', { id: first.sourceId });
    await api('notes.update', { id: note.id, body: `${note.body}\n\nSee [[A page nobody wrote yet]].` });
    await expect.poll(() => group.getAttribute('data-count'), { timeout: 10_000 }).toBe(String(expected.counts.brokenLinks + 1));
  });
});
