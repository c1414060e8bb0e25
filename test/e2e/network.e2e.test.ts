// End-to-end: the sharing network tab in Chromium on the demo workspace. A questionnaire CSV is picked in the view,
// the view then shows the one-way share, mutual and one-way ties drawn differently, a recommendation naming the real
// one-way pair, the per-member table; the report and metrics download; a broken CSV is refused and changes nothing.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkMetrics } from '../../src/common/api/methods/network';
import { TIE_COLORS } from '../../src/renderer/features/network/network-graph';
import { copw, REPO_ROOT } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { callServeApi, openWorkbench } from './browser';
import type { WorkbenchSession } from './browser';
import { runCommand } from './palette';

const tempDir = useTempDirs();
let session: WorkbenchSession;
const api = <T>(method: string, input: unknown): Promise<T> => callServeApi<T>(session.serve.url, method, input);
const TOPIC = 'weeding-e2e';

// Dewi gives to Sari and to Budi (by email), Yusuf and Lestari share both ways; one unknown respondent, one self-tie.
const SURVEY = [
  'respondent,contact,direction,topic,frequency',
  `Dewi Anggraini,Sari Wulandari,gives,${TOPIC},monthly`,
  `Dewi Anggraini,budi.santoso@example.org,gives,${TOPIC},weekly`,
  `Yusuf Hidayat,Lestari Handayani,both,${TOPIC},`,
  `"Hidayat, Y.",Dewi Anggraini,gives,${TOPIC},`,
  `Sari Wulandari,Sari Wulandari,gives,${TOPIC},`,
].join('\r\n');

beforeAll(async () => {
  const ws = join(tempDir('copw-network-e2e'), 'ws');
  expect(copw(['init', ws, '--demo']).code).toBe(0);
  session = await openWorkbench(ws);
});

afterAll(async () => {
  await session?.close();
});

/** Pixels of the drawn network close to a colour, read back from a real screenshot (the legend hidden). */
async function pixelsNear(hex: string): Promise<number> {
  const { page } = session;
  await page.locator('.network-legend').evaluate((el) => ((el as HTMLElement).style.visibility = 'hidden'));
  const png = await page.getByTestId('network-canvas').screenshot();
  await page.locator('.network-legend').evaluate((el) => ((el as HTMLElement).style.visibility = ''));
  return page.evaluate(
    async ({ data, hex }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i] - r) + Math.abs(px[i + 1] - g) + Math.abs(px[i + 2] - b) < 40) n++;
      return n;
    },
    { data: png.toString('base64'), hex },
  );
}

async function download(testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([session.page.waitForEvent('download'), session.page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('sharing network view in Chromium', () => {
  it('imports a survey CSV, then shows the one-way share and a recommendation naming the one-way pair', async () => {
    const { page } = session;
    const members = await api<{ id: string; name: string }[]>('members.list', {});
    const id = (name: string) => members.find((m) => m.name === name)!.id;
    await runCommand(page, 'Show Sharing Network');
    const view = page.getByTestId('network-view');
    await expect.poll(() => view.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    expect(Number(await view.getAttribute('data-members'))).toBe(members.length);

    // Only this topic's ties: none before the survey.
    await page.getByTestId('network-topic').fill(TOPIC);
    await page.getByTestId('network-topic').press('Enter');
    await expect.poll(() => page.getByTestId('network-metric-ties').innerText(), { timeout: 10_000 }).toBe('0');

    await page.getByTestId('network-survey-file').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(SURVEY, 'utf8') });
    const report = page.getByTestId('network-survey-report');
    await expect.poll(() => report.getAttribute('data-state'), { timeout: 10_000 }).toBe('done');
    expect(await page.getByTestId('network-survey-imported').innerText()).toMatch(/ of 5 answers imported$/);
    expect(await page.getByTestId('network-survey-unknown').innerText()).toContain('Hidayat, Y.');

    // Three tied pairs, one mutual: one-way share 2/3, as the service computes it.
    await expect.poll(() => page.getByTestId('network-metric-ties').innerText(), { timeout: 10_000 }).toBe('4');
    const expected = await api<NetworkMetrics>('network.metrics', { topic: TOPIC });
    expect(expected.oneWayShare).toBeCloseTo(2 / 3, 10);
    expect(expected.reciprocity).toBeCloseTo(1 / 3, 10);
    expect(await page.getByTestId('network-metric-oneWayShare').innerText()).toBe('66.7%');
    expect(await page.getByTestId('network-metric-reciprocity').innerText()).toBe('33.3%');
    expect(await view.getAttribute('data-one-way-edges')).toBe('2');
    expect(await view.getAttribute('data-mutual-edges')).toBe('1');
    expect(await page.getByTestId('network-canvas').locator('canvas').count()).toBeGreaterThan(0);

    // Both kinds of tie are really drawn, each in its own colour.
    await expect.poll(() => page.getByTestId('network-canvas').getAttribute('data-laid-out'), { timeout: 20_000 }).toBe('true');
    await page.waitForTimeout(300);
    expect(await pixelsNear(TIE_COLORS.oneWay)).toBeGreaterThan(20);
    expect(await pixelsNear(TIE_COLORS.mutual)).toBeGreaterThan(20);

    // Survey answers are dated the day they were imported: a period ending before today leaves them out, the last
    // 30 days keep them.
    expect(await page.getByTestId('network-to').count()).toBe(0);
    await page.getByTestId('network-period').selectOption('custom');
    await page.getByTestId('network-to').fill('2020-01-31');
    await expect.poll(() => page.getByTestId('network-metric-ties').innerText(), { timeout: 10_000 }).toBe('0');
    expect(await page.getByTestId('network-period').inputValue()).toBe('custom');
    await page.getByTestId('network-period').selectOption('30');
    await expect.poll(() => page.getByTestId('network-metric-ties').innerText(), { timeout: 10_000 }).toBe('4');
    expect(await page.getByTestId('network-to').count()).toBe(0);
    await page.getByTestId('network-period').selectOption('all');
    await expect.poll(() => page.getByTestId('network-from').count()).toBe(0);
    await expect.poll(() => page.getByTestId('network-metric-ties').innerText(), { timeout: 10_000 }).toBe('4');

    // The recommendation names the real one-way pair, giver first.
    const pair = page.locator(`[data-testid="network-recommendation"][data-kind="oneWayPair"][data-members="${id('Dewi Anggraini')},${id('Sari Wulandari')}"]`);
    expect(await pair.innerText()).toContain('Invite Dewi Anggraini and Sari Wulandari to a joint session');
    expect(await page.locator('[data-testid="network-recommendation"][data-kind="oneWayPair"]').count()).toBe(2);
    // The mutual pair is no one-way recommendation.
    expect(await page.locator(`[data-testid="network-recommendation"][data-members*="${id('Lestari Handayani')}"][data-kind="oneWayPair"]`).count()).toBe(0);

    // Per-member table: Dewi gave to two members; clicking the recommendation selects the giver's row.
    const dewi = page.locator(`[data-testid="network-members"] tr[data-member-id="${id('Dewi Anggraini')}"]`);
    expect(await dewi.locator('[data-col="outDegree"]').innerText()).toBe('2');
    expect(await dewi.locator('[data-col="inDegree"]').innerText()).toBe('0');
    await pair.locator('button').click();
    await expect.poll(() => dewi.getAttribute('aria-selected')).toBe('true');
    // Dewi's ties, with where they came from: gives to Sari and Budi (survey), receives from nobody in this topic.
    const ties = page.getByTestId('network-member-ties');
    expect(await ties.getAttribute('data-member-id')).toBe(id('Dewi Anggraini'));
    const gives = ties.locator('[data-direction="gives"] [data-testid="network-tie"]');
    expect((await gives.evaluateAll((els) => els.map((e) => e.getAttribute('data-member-id')))).sort()).toEqual([id('Budi Santoso'), id('Sari Wulandari')].sort());
    expect(await gives.first().innerText()).toContain('Survey');
    expect(await ties.locator('[data-direction="receives"]').innerText()).toContain('None in this scope.');

    // Selected: Dewi's one-way ties stay orange, the unrelated mutual pair fades.
    await page.waitForTimeout(500);
    expect(await pixelsNear(TIE_COLORS.oneWay)).toBeGreaterThan(5);
    expect(await pixelsNear(TIE_COLORS.mutual)).toBeLessThan(3);
  });

  it('downloads the network report as HTML and the metrics as CSV for the same scope', async () => {
    const html = await download('network-export-html');
    expect(html.name).toMatch(/\.html$/);
    expect(html.text).toContain('Dewi Anggraini');
    expect(html.text).toContain(TOPIC);
    expect(html.text).not.toMatch(/<script/i);
    const csv = await download('network-export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const members = await api<unknown[]>('members.list', {});
    expect(lines).toHaveLength(members.length + 1);
    const dewi = lines.find((l) => l.includes('Dewi Anggraini'));
    expect(dewi).toBeDefined();
    expect(lines[0].toLowerCase()).toContain('betweenness');
  });

  it('refuses a CSV without the contact column, says why, and changes nothing', async () => {
    const { page } = session;
    const before = await api<NetworkMetrics>('network.metrics', {});
    await page.getByTestId('network-survey-file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('respondent,direction\nDewi Anggraini,gives\n') });
    const report = page.getByTestId('network-survey-report');
    await expect.poll(() => report.getAttribute('data-state'), { timeout: 10_000 }).toBe('error');
    expect((await report.innerText()).toLowerCase()).toContain('contact');
    const after = await api<NetworkMetrics>('network.metrics', {});
    expect(after.ties).toBe(before.ties);

    // Without the topic filter the whole network shows, the same numbers as the service.
    await page.getByTestId('network-topic').fill('');
    await page.getByTestId('network-topic').press('Enter');
    await expect.poll(() => page.getByTestId('network-metric-ties').innerText(), { timeout: 10_000 }).toBe(String(after.ties));
    expect(await page.getByTestId('network-view').getAttribute('data-one-way-edges')).toBe(String(after.edges.filter((e) => !e.mutual).length));
    await page.locator('.network-survey-close').click();
    // Clicking the selected member's row again clears the selection: nothing fades any more.
    await page.locator('[data-testid="network-members"] tr[aria-selected="true"]').click();
    expect(await page.locator('[data-testid="network-members"] tr[aria-selected="true"]').count()).toBe(0);
    await page.locator('.network-side-top').evaluate((el) => (el.scrollTop = 0));
    await page.waitForTimeout(400);
    await expect.poll(() => page.getByTestId('network-canvas').getAttribute('data-laid-out'), { timeout: 20_000 }).toBe('true');
    await page.waitForTimeout(500);
    mkdirSync(join(REPO_ROOT, 'docs', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshots', 'network-light.png') });
  });
});
