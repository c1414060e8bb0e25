// End-to-end: the package export dialog in Chromium via copw serve — the Circulation domain from the palette with its
// preview (notes, member fields), one note unticked, a signed .copkg downloaded and checked with `copw inspect`; a
// the same selection as an HTML mini-site and a Markdown folder (zip downloads); a 10,000-note domain from the explorer
// (virtualized list) whose running export is cancelled: no download, no staged file.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copw, startServe } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { readZipEntries } from '../helpers/zip-entries';
import { openServices } from '../helpers/workspace';
import { launchChromium, callServeApi } from './browser';
import { runCommand } from './palette';

const tempDir = useTempDirs();
const BULK = 'Bulk archive';
const BULK_NOTES = 10_000;

let dir = '';
let ws = '';
let stagingTmp = '';
let serve: Awaited<ReturnType<typeof startServe>>;
let browser: Browser;
let page: Page;
const downloads: string[] = [];

const api = <T>(method: string, input: unknown): Promise<T> => callServeApi<T>(serve.url, method, input);

const dialog = () => page.getByTestId('package-export-dialog');
const total = () => dialog().getByTestId('export-total');
/** The totals once the preview answers the current form (not stale). */
async function settledCounts(): Promise<Record<string, number>> {
  await expect.poll(() => dialog().getByTestId('export-preview').getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
  const attrs = await total().evaluate((el) => ({ ...(el as HTMLElement).dataset }));
  return Object.fromEntries(Object.entries(attrs).filter(([k]) => k !== 'testid' && k !== 'stale').map(([k, v]) => [k, Number(v)]));
}

/** .copkg files in the serve process's staging folders (its TMPDIR is ours). */
function stagedFiles(): string[] {
  return readdirSync(stagingTmp)
    .filter((d) => d.startsWith('copw-staging-'))
    .flatMap((d) => readdirSync(join(stagingTmp, d)).map((f) => join(d, f)));
}

/** Export sharing events the workspace recorded (one per export that completed on the service side). */
function exportEvents(): { package_id: string; note_count: number }[] {
  const db = new Database(join(ws, 'workspace.copw.db'), { readonly: true });
  try {
    return db.prepare("SELECT package_id, json_array_length(note_ids) AS note_count FROM sharing_events WHERE kind = 'export' ORDER BY id").all() as {
      package_id: string;
      note_count: number;
    }[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = tempDir('copw-package-export-e2e');
  ws = join(dir, 'workspace');
  expect(copw(['init', ws, '--demo']).code).toBe(0);
  // A big domain for the cancel test and the 10,000-row list: raw rows in one transaction (like the explorer scale test).
  const services = openServices(ws);
  const created = await services.dispatch('domains.create', { name: BULK });
  if (!created.ok) throw new Error(created.error.message);
  const domainId = (created.result as { id: string }).id;
  const body = 'Loan desk practice, written out at length so the package has some weight. '.repeat(40);
  services.db
    .prepare(
      `WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ? - 1)
       INSERT INTO notes (id, title, title_key, domain_id, kind, stage, lang, body, created_at, updated_at)
       SELECT 'bulk-' || printf('%05d', i), 'Bulk note ' || printf('%05d', i), 'bulk note ' || printf('%05d', i), ?,
              'practice', 'share', 'en', ? || i, '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z' FROM seq`,
    )
    .run(BULK_NOTES, domainId, body);
  services.close();

  stagingTmp = join(dir, 'tmp');
  mkdirSync(stagingTmp);
  serve = await startServe(['--workspace', ws, '--port', '0'], { TMPDIR: stagingTmp });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', colorScheme: 'light', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (err) => console.error('[e2e] page error:', err.message));
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.goto(serve.url);
  await page.locator('[data-part="editor"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  serve?.child.kill('SIGTERM');
});

describe('package export dialog in Chromium via copw serve', () => {
  it('exports the Circulation domain with one note excluded, signed, and `copw inspect` sees exactly that', async () => {
    const domains = await api<{ id: string; name: string }[]>('domains.list', {});
    const circulation = domains.find((d) => d.name === 'Circulation')!;
    const circulationNotes = await api<{ id: string; title: string }[]>('notes.list', { domainId: circulation.id });
    expect(circulationNotes.length).toBeGreaterThan(5);

    await runCommand(page, 'Export Package');
    await dialog().waitFor();
    expect(await dialog().getByTestId('export-preview').getAttribute('data-state')).toBe('empty');
    expect(await dialog().getByTestId('export-submit').isDisabled()).toBe(true);

    await dialog().getByLabel('Circulation').check();
    await expect.poll(() => dialog().locator('input[name="title"]').inputValue()).toBe('Circulation');
    const before = await settledCounts();
    expect(before.notes).toBe(circulationNotes.length);
    expect(before.domains).toBe(1);

    // Every note of the domain is listed, with its domain and size, each with a ticked checkbox.
    const rows = dialog().getByTestId('export-note');
    expect(await rows.count()).toBe(circulationNotes.length);
    const listed = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-note-id')));
    expect(new Set(listed)).toEqual(new Set(circulationNotes.map((n) => n.id)));
    for (const row of await rows.all()) expect(await row.locator('input[type="checkbox"]').isChecked()).toBe(true);
    expect(await rows.first().innerText()).toContain('Circulation');

    // The members that leave, with the personal fields written for each.
    const members = dialog().getByTestId('export-members').locator('li');
    expect(await members.count()).toBe(before.members);
    expect(before.members).toBeGreaterThan(0);
    const memberTexts = await members.allInnerTexts();
    expect(memberTexts.join('\n')).toContain('Sari Wulandari');
    for (const text of memberTexts) expect(text).toMatch(/Name(, role)?, participation/);

    // Untick one note: it stays listed (to tick again), the totals drop by one.
    const excluded = circulationNotes.find((n) => n.title === 'SLiMS overdue list query')!;
    expect(excluded).toBeDefined();
    const row = dialog().locator(`[data-testid="export-note"][data-note-id="${excluded.id}"]`);
    await row.locator('input[type="checkbox"]').uncheck();
    await expect.poll(async () => (await settledCounts()).notes).toBe(circulationNotes.length - 1);
    expect(await row.getAttribute('data-included')).toBe('false');
    const after = await settledCounts();
    expect(after.bytes).toBeLessThan(before.bytes);

    // Signed with this workspace's identity: the key id is shown.
    await dialog().locator('input[name="sign"]').check();
    const identity = await api<{ keyId: string; name: string }>('keys.show', {});
    await expect.poll(() => dialog().getByTestId('export-identity').innerText()).toContain(identity.keyId);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog().getByTestId('export-submit').click()]);
    expect(download.suggestedFilename()).toMatch(/\.copkg$/);
    const file = join(dir, 'circulation.copkg');
    await download.saveAs(file);
    await dialog().waitFor({ state: 'detached' });
    const toast = page.getByTestId('notification').filter({ hasText: 'Exported and signed' });
    await toast.waitFor();
    expect(await toast.innerText()).toContain(`${after.notes} notes`);

    const inspect = copw(['inspect', file, '--json']);
    expect(inspect.code, inspect.stderr).toBe(0);
    const report = JSON.parse(inspect.stdout) as {
      manifest: { title: string; selection: { domainIds: string[]; excludedNoteIds: string[] }; entries: { path: string }[] };
      signature: { state: string; keyId?: string };
      counts: Record<string, number>;
    };
    expect(report.counts.notes).toBe(circulationNotes.length - 1);
    expect(report.counts).toMatchObject({ notes: after.notes, attachments: after.attachments, members: after.members, domains: after.domains });
    expect(report.manifest.title).toBe('Circulation');
    expect(report.manifest.selection.domainIds).toEqual([circulation.id]);
    expect(report.manifest.selection.excludedNoteIds).toEqual([excluded.id]);
    expect(report.manifest.entries.some((e) => e.path.includes(excluded.id))).toBe(false);
    for (const n of circulationNotes.filter((n) => n.id !== excluded.id)) expect(report.manifest.entries.some((e) => e.path.includes(n.id))).toBe(true);
    expect(report.signature.state).not.toBe('unsigned');
    expect(report.signature.keyId).toBe(identity.keyId);
    expect(stagedFiles()).toEqual([]);
    expect(exportEvents()).toEqual([{ package_id: (JSON.parse(inspect.stdout) as { manifest: { packageId: string } }).manifest.packageId, note_count: after.notes }]);
  });

  it('exports the same selection as an HTML mini-site and as a Markdown folder, each a zip download', async () => {
    const domains = await api<{ id: string; name: string }[]>('domains.list', {});
    const circulation = domains.find((d) => d.name === 'Circulation')!;
    const circulationNotes = await api<{ id: string; title: string }[]>('notes.list', { domainId: circulation.id });
    const excluded = circulationNotes.find((n) => n.title === 'SLiMS overdue list query')!;
    for (const format of ['html', 'markdown'] as const) {
      await runCommand(page, 'Export Package');
      await dialog().waitFor();
      await dialog().getByLabel('Circulation').check();
      await settledCounts();
      await dialog().locator(`[data-testid="export-note"][data-note-id="${excluded.id}"] input[type="checkbox"]`).uncheck();
      await expect.poll(async () => (await settledCounts()).notes).toBe(circulationNotes.length - 1);
      await dialog().getByTestId(`export-format-${format}`).locator('input').check();
      // Signing is for packages only.
      expect(await dialog().locator('input[name="sign"]').count()).toBe(0);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog().getByTestId('export-submit').click()]);
      expect(download.suggestedFilename()).toBe(`circulation-${format === 'html' ? 'site' : 'markdown'}.zip`);
      const file = join(dir, download.suggestedFilename());
      await download.saveAs(file);
      await dialog().waitFor({ state: 'detached' });
      const names = [...(await readZipEntries(file)).keys()];
      const root = download.suggestedFilename().replace(/\.zip$/, '');
      expect(names.every((n) => n.startsWith(`${root}/`))).toBe(true);
      if (format === 'html') {
        expect(names).toContain(`${root}/index.html`);
        expect(names.filter((n) => n.startsWith(`${root}/notes/`))).toHaveLength(circulationNotes.length - 1);
      } else {
        expect(names.filter((n) => n.endsWith('.md'))).toHaveLength(circulationNotes.length - 1);
        expect(names.some((n) => n.endsWith(`/${excluded.title}.md`))).toBe(false);
      }
    }
    expect(stagedFiles()).toEqual([]);
  });

  it('offers the note of the active tab and proposes its title', async () => {
    const domainRow = page.locator('[data-part="sidebar"] .tree-row[data-domain-id]').filter({ hasText: 'Circulation' });
    await domainRow.click();
    const noteRow = page.locator('[data-part="sidebar"] .tree-row[data-note-id]').filter({ hasText: 'SLiMS overdue list query' });
    await noteRow.click();
    const noteId = (await noteRow.getAttribute('data-note-id'))!;
    await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id')).toBe(`note:${noteId}`);

    await runCommand(page, 'Export Package');
    const offer = dialog().getByTestId('export-current-note');
    await offer.waitFor();
    expect(await offer.innerText()).toContain('SLiMS overdue list query');
    await offer.locator('input').check();
    // The proposed title follows the choice on the next render.
    await expect.poll(() => dialog().locator('input[name="title"]').inputValue()).toBe('SLiMS overdue list query');
    expect((await settledCounts()).notes).toBe(1);
    const rows = dialog().getByTestId('export-note');
    expect(await rows.getAttribute('data-note-id')).toBe(noteId);
    // Linked notes one step away join it, marked as linked.
    await dialog().locator('select[name="depth"]').selectOption('1');
    const counts = await settledCounts();
    expect(counts.notes).toBeGreaterThan(1);
    expect(await dialog().locator('.export-reason-linked').count()).toBe(counts.notes - 1);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    await domainRow.click();
  });

  it('lists 10,000 notes virtualized, and a cancelled export leaves no download and no staged file', async () => {
    const domainRow = page.locator('[data-part="sidebar"] .tree-row[data-domain-id]').filter({ hasText: BULK });
    await domainRow.hover();
    await domainRow.locator('[data-action="export-domain"]').click();
    await dialog().waitFor();
    expect(await dialog().getByLabel(BULK).isChecked()).toBe(true);

    const started = performance.now();
    const counts = await settledCounts();
    console.log(`[e2e] preview of ${counts.notes} notes shown in ${Math.round(performance.now() - started)} ms`);
    expect(counts.notes).toBe(BULK_NOTES);
    // Virtualized: a screenful of rows is in the DOM, and the end of the list is reachable by keyboard.
    const rows = dialog().getByTestId('export-note');
    expect(await rows.count()).toBeLessThan(100);
    await rows.first().locator('input').focus();
    await page.keyboard.press('End');
    const last = dialog().locator(`[data-testid="export-note"][data-note-id="bulk-${String(BULK_NOTES - 1).padStart(5, '0')}"]`);
    await last.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="export-note"]')?.getAttribute('data-note-id'))).toBe(
      `bulk-${String(BULK_NOTES - 1).padStart(5, '0')}`,
    );
    await page.keyboard.press('Space');
    await expect.poll(async () => (await settledCounts()).notes).toBe(BULK_NOTES - 1);

    const downloadsBefore = downloads.length;
    await dialog().getByTestId('export-submit').click();
    await dialog().getByTestId('export-progress').waitFor();
    await dialog().getByTestId('export-cancel').click();
    // Back to the form, nothing saved, no staged package left in the service's staging folder.
    await dialog().getByTestId('export-submit').waitFor();
    expect(await dialog().getByTestId('export-progress').count()).toBe(0);
    await page.getByTestId('notification').filter({ hasText: 'cancelled' }).waitFor();
    await page.waitForTimeout(1500);
    expect(downloads.length).toBe(downloadsBefore);
    expect(stagedFiles()).toEqual([]);
    // Cancelled on the service side too: the export never completed, so no sharing event was recorded for it.
    expect(exportEvents()).toHaveLength(1);
    // The form is intact and usable again: the exclusion is kept.
    expect(await last.locator('input').isChecked()).toBe(false);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });
});
