// End-to-end: the knowledge graph tab in Chromium (sigma.js on WebGL, ForceAtlas2 in a worker) on the demo workspace:
// every note drawn, the layout remembered, a search that centres a note, a click on it that opens the note, the local
// graph's centre, the tag filter and the per-domain metrics panel.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copw, REPO_ROOT } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { callServeApi, openWorkbench } from './browser';
import type { WorkbenchSession } from './browser';
import { runCommand } from './palette';

const tempDir = useTempDirs();
let session: WorkbenchSession;
const pageErrors: string[] = [];
const api = <T>(method: string, input: unknown): Promise<T> => callServeApi<T>(session.serve.url, method, input);

beforeAll(async () => {
  const ws = join(tempDir('copw-graph-e2e'), 'ws');
  expect(copw(['init', ws, '--demo']).code).toBe(0);
  session = await openWorkbench(ws);
  // sigma and React share the canvas container: a DOM clash shows up only as an uncaught page error.
  session.page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
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

  it('shows the local graph around the open note, centre marked, deeper with depth 2', async () => {
    const { page } = session;
    const noteTab = await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id');
    expect(noteTab).toMatch(/^note:/);
    const noteId = noteTab!.slice('note:'.length);
    await runCommand(page, 'Show Local Graph of Note');
    const view = page.locator('[data-testid="graph-view"][data-scope="local"]');
    await expect.poll(() => view.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    const one = Number(await view.getAttribute('data-nodes'));
    expect(one).toBeGreaterThan(1);
    // The centre is the note the tab is about, with a ring drawn around it inside the canvas.
    expect(await view.getAttribute('data-center')).toBe(noteId);
    await expect.poll(() => view.getAttribute('data-laid-out'), { timeout: 20_000 }).toBe('true');
    const ring = page.getByTestId('graph-center-ring');
    await expect.poll(() => ring.isVisible()).toBe(true);
    const [ringBox, canvasBox] = [await ring.boundingBox(), await page.getByTestId('graph-canvas').boundingBox()];
    expect(ringBox!.width).toBeGreaterThan(10);
    expect(ringBox!.x).toBeGreaterThanOrEqual(canvasBox!.x);
    expect(ringBox!.x + ringBox!.width).toBeLessThanOrEqual(canvasBox!.x + canvasBox!.width);
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshots', 'graph-local-light.png') });
    // A click in the middle of the ring lands on the centre note.
    await page.mouse.click(ringBox!.x + ringBox!.width / 2, ringBox!.y + ringBox!.height / 2);
    await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id')).toBe(noteTab);
    await runCommand(page, 'Show Local Graph of Note');
    await expect.poll(() => view.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
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

  it('filters the global graph by tags chosen from suggestions, any tag matching, remembered per tag set', async () => {
    const { page } = session;
    const notes = await api<{ id: string; tags: string[] }[]>('notes.list', {});
    const counts = new Map<string, number>();
    for (const n of notes) for (const t of new Set(n.tags)) counts.set(t, (counts.get(t) ?? 0) + 1);
    const byUse = [...counts].filter(([, c]) => c < notes.length).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const first = byUse[0][0];
    const withTag = (tags: string[]) => notes.filter((n) => n.tags.some((t) => tags.includes(t))).length;
    // A second tag that adds notes the first one does not have.
    const second = byUse.map(([t]) => t).find((t) => t !== first && withTag([first, t]) > withTag([first]));
    expect(second).toBeDefined();

    await runCommand(page, 'Show Knowledge Graph');
    const view = page.locator('[data-testid="graph-view"][data-scope="global"]');
    await expect.poll(() => view.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    expect(Number(await view.getAttribute('data-nodes'))).toBe(notes.length);

    const input = page.getByTestId('graph-tag-input');
    await input.fill(first.slice(0, 3));
    const option = page.getByTestId('graph-tag-suggestions').locator(`[role="option"][data-tag="${first}"]`);
    await option.waitFor();
    expect(await option.innerText()).toContain(String(counts.get(first)));
    await option.click();
    await expect.poll(() => page.getByTestId('graph-tag-chip').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')))).toEqual([first]);
    await expect.poll(async () => Number(await view.getAttribute('data-nodes')), { timeout: 20_000 }).toBe(withTag([first]));
    expect(withTag([first])).toBeLessThan(notes.length);

    // A second tag typed in full with Enter: notes with either tag.
    await input.fill(second!);
    await input.press('Enter');
    await expect.poll(async () => Number(await view.getAttribute('data-nodes')), { timeout: 20_000 }).toBe(withTag([first, second!]));
    await expect.poll(() => view.getAttribute('data-laid-out'), { timeout: 20_000 }).toBe('true');
    const scope = `global:all:::tags=${[first, second!].sort().join(',')}`;
    await expect.poll(() => api<unknown>('graph.layout.load', { scope }), { timeout: 10_000 }).not.toBeNull();
    expect(await page.getByTestId('graph-tag-suggestions').count()).toBe(0);
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshots', 'graph-tags-light.png') });
    expect(Object.keys((await api<{ positions: Record<string, unknown> }>('graph.layout.load', { scope })).positions)).toHaveLength(withTag([first, second!]));

    // Removing the first chip leaves the second tag's notes.
    await page.locator(`[data-testid="graph-tag-chip"][data-tag="${first}"] button`).click();
    await expect.poll(async () => Number(await view.getAttribute('data-nodes')), { timeout: 20_000 }).toBe(withTag([second!]));
    await page.getByTestId('graph-tags').locator('button').click();
    await expect.poll(async () => Number(await view.getAttribute('data-nodes')), { timeout: 20_000 }).toBe(notes.length);
  });

  it('shows per-domain metrics matching the service, and a top note opens on click', async () => {
    const { page } = session;
    type Row = { notes: number; links: number; components: number; topPageRank: { id: string; title: string }[] };
    const expected = await api<{ domains: (Row & { domainId: string })[]; workspace: Row }>('graph.metrics', { top: 5 });
    expect(expected.domains.length).toBeGreaterThan(1);
    const toggle = page.getByTestId('graph-metrics-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    const panel = page.getByTestId('graph-metrics');
    await expect.poll(() => panel.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await panel.locator('th[scope="col"]').count()).toBe(5);
    const rows = panel.getByTestId('graph-metrics-row');
    expect(await rows.count()).toBe(expected.domains.length + 1);
    const cells = async (row: ReturnType<typeof rows.first>) => ({
      notes: await row.locator('[data-col="notes"]').innerText(),
      links: await row.locator('[data-col="links"]').innerText(),
      components: await row.locator('[data-col="components"]').innerText(),
    });
    const text = (r: Row) => ({ notes: r.notes.toLocaleString('en'), links: r.links.toLocaleString('en'), components: r.components.toLocaleString('en') });
    expect(await cells(panel.locator('[data-testid="graph-metrics-row"][data-row="workspace"]'))).toEqual(text(expected.workspace));
    for (const d of expected.domains) {
      expect(await cells(panel.locator(`[data-testid="graph-metrics-row"][data-domain-id="${d.domainId}"]`))).toEqual(text(d));
    }
    // Top notes: as many as the service ranks (at most 5) under each domain, in its order.
    const withTop = expected.domains.find((d) => d.topPageRank.length > 1)!;
    const top = panel.locator(`tbody:has([data-domain-id="${withTop.domainId}"]) [data-testid="graph-metrics-top-note"]`);
    expect(await top.evaluateAll((els) => els.map((e) => e.getAttribute('data-note-id')))).toEqual(withTop.topPageRank.map((n) => n.id));
    expect(withTop.topPageRank.length).toBeLessThanOrEqual(5);
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshots', 'graph-metrics-light.png') });
    await top.nth(1).click();
    await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id')).toBe(`note:${withTop.topPageRank[1].id}`);
    expect(await page.locator('[data-testid="note-title"]').inputValue()).toBe(withTop.topPageRank[1].title);
  });
});
