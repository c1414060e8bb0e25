// End-to-end, two workspaces in Chromium (issue 5 "done when"): A exports the Circulation domain through the export
// dialog (preview, one note excluded, signed); B imports it through the file input (preview all new, signature
// trusted on request), both change the same note, A re-exports (same package, version 2), B sees a conflict with a
// side-by-side diff, keeps both, and the note's history shows where it came from. Also: drag-and-drop over the note
// editor opens the preview instead of attaching the file, and a broken package is refused with its code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { openWorkbench, callServeApi } from './browser';
import type { WorkbenchSession } from './browser';
import { runCommand } from './palette';

const tempDir = useTempDirs();
let dir = '';
let A: WorkbenchSession;
let B: WorkbenchSession;

const DOMAIN = 'Circulation';
const EXCLUDED = 'SLiMS overdue list query';
const CHANGED = 'Self-checkout triage at peak return hours';
const A_EDIT = 'Since March the second desk opens at 09.15 on Saturdays.';
const B_EDIT = 'Our branch keeps one desk for returns only.';

let packageId = '';
let creator = '';
let excludedId = '';

/** Screenshots for a visual check when COPW_E2E_SHOTS names a folder (off by default). */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.COPW_E2E_SHOTS) await page.screenshot({ path: join(process.env.COPW_E2E_SHOTS, name) });
}

interface Inspected {
  manifest: { packageId: string; packageVersion: number; creator: { name: string }; counts: { notes: number }; selection: { excludedNoteIds: string[] } };
  signature: { state: string };
}

const api = <T>(session: WorkbenchSession, method: string, input: unknown): Promise<T> => callServeApi<T>(session.serve.url, method, input);

async function notesTitled(session: WorkbenchSession, prefix: string): Promise<{ id: string; title: string; body: string }[]> {
  const targets = await api<{ id: string; title: string }[]>(session, 'notes.linkTargets', {});
  const hits = targets.filter((t) => t.title.startsWith(prefix));
  return Promise.all(hits.map((t) => api<{ id: string; title: string; body: string }>(session, 'notes.get', { id: t.id })));
}

function inspect(file: string): Inspected {
  const out = copw(['inspect', file, '--json']);
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as Inspected;
}

/** A: Export Package… → tick the domain, untick one note in the preview, sign, export; returns the downloaded file. */
async function exportFromA(name: string): Promise<string> {
  const page = A.page;
  await runCommand(page, 'Export Package');
  const dialog = page.locator('[data-testid="package-export-dialog"]');
  await dialog.waitFor();
  await dialog.locator('[data-testid="export-domains"] label', { hasText: DOMAIN }).locator('input[type="checkbox"]').check();
  const total = dialog.locator('[data-testid="export-total"]');
  await expect.poll(() => total.getAttribute('data-notes'), { timeout: 10_000 }).toBe('11');
  const row = dialog.locator('[data-testid="export-note"]', { hasText: EXCLUDED });
  excludedId = (await row.getAttribute('data-note-id')) ?? '';
  expect(excludedId).not.toBe('');
  await row.locator('input[type="checkbox"]').uncheck();
  await expect.poll(() => total.getAttribute('data-notes')).toBe('10');
  await expect.poll(() => row.getAttribute('data-included')).toBe('false');
  await dialog.locator('input[name="sign"]').check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.locator('[data-testid="export-submit"]').click()]);
  const file = join(dir, name);
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/\.copkg$/);
  await expect.poll(() => dialog.isVisible()).toBe(false);
  return file;
}

const preview = (page: Page) => page.locator('[data-testid="package-import"]');
const rows = (page: Page) => page.locator('[data-testid="import-note"]');
const filterCount = (page: Page, status: string) => preview(page).locator(`[data-testid="import-filter"][data-status="${status}"]`).getAttribute('data-count');

/** B: the Import Package… command's file input gets the file; waits for the preview of that package. */
async function openInB(file: string): Promise<void> {
  const page = B.page;
  await page.locator('[data-testid="package-import-input"]').setInputFiles(file);
  await expect.poll(() => preview(page).getAttribute('data-phase'), { timeout: 15_000 }).toBe('ready');
}

async function openNoteInB(title: string): Promise<void> {
  const page = B.page;
  const [note] = (await notesTitled(B, title)).filter((n) => n.title === title);
  expect(note).toBeDefined();
  await page.keyboard.press('Control+P');
  const palette = page.locator('[data-testid="command-palette"]');
  await palette.locator('input').fill(title);
  await palette.locator(`[data-note-id="${note.id}"]`).click();
  await expect.poll(() => page.locator('[data-testid="note-title"]').inputValue()).toBe(title);
}

beforeAll(async () => {
  dir = tempDir('copw-packages-e2e');
  for (const ws of ['a', 'b']) expect(copw(['init', join(dir, ws), '--demo']).code).toBe(0);
  A = await openWorkbench(join(dir, 'a'), { acceptDownloads: true });
  B = await openWorkbench(join(dir, 'b'));
});

afterAll(async () => {
  await A?.close();
  await B?.close();
});

describe('packages across two workspaces in Chromium', () => {
  let v1 = '';
  let v2 = '';

  it('A exports the Circulation domain with one note excluded in the preview', async () => {
    v1 = await exportFromA('circulation-v1.copkg');
    const { manifest, signature } = inspect(v1);
    expect(manifest.packageVersion).toBe(1);
    expect(manifest.counts.notes).toBe(10);
    expect(manifest.selection.excludedNoteIds).toEqual([excludedId]);
    expect(signature.state).not.toBe('unsigned');
    packageId = manifest.packageId;
    creator = manifest.creator.name;
  });

  it('B previews it (all new, the excluded note absent, signed by an unknown key), trusts the key, imports', async () => {
    const page = B.page;
    await openInB(v1);
    expect(await preview(page).getAttribute('data-package-id')).toBe(packageId);
    expect(await page.locator('[data-testid="package-version"]').getAttribute('data-version')).toBe('1');
    expect(await page.locator('[data-testid="package-creator"]').innerText()).toContain(creator);
    const tabTitle = await page.locator('[role="tab"][data-tab-id^="package:"]').innerText();
    expect(tabTitle).toContain(DOMAIN);

    expect(await filterCount(page, 'all')).toBe('10');
    expect(await filterCount(page, 'new')).toBe('10');
    expect(await filterCount(page, 'conflict')).toBe('0');
    await expect.poll(() => rows(page).count()).toBe(10);
    expect(new Set(await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))).toEqual(new Set(['new']));
    expect(await rows(page).filter({ hasText: EXCLUDED }).count()).toBe(0);
    // A new note shows theirs only.
    await rows(page).filter({ hasText: CHANGED }).click();
    const detail = page.locator('[data-testid="import-note-detail"]');
    expect(await detail.getAttribute('data-status')).toBe('new');
    expect(await detail.locator('[data-testid="import-theirs"]').innerText()).toContain('Saturdays');
    expect(await detail.locator('[data-testid="import-diff"]').count()).toBe(0);

    const signature = page.locator('[data-testid="package-signature"]');
    expect(await signature.getAttribute('data-state')).toBe('unknown-key');
    await shot(page, 'package-import-new.png');
    await signature.locator('[data-action="trust-key"]').click();
    await expect.poll(() => signature.getAttribute('data-state')).toBe('trusted');
    expect(await signature.innerText()).toContain(creator);

    await page.locator('[data-testid="import-submit"]').click();
    const summary = page.locator('[data-testid="import-summary"]');
    await expect.poll(() => summary.getAttribute('data-added'), { timeout: 15_000 }).toBe('10');
    expect(await summary.getAttribute('data-conflicts')).toBe('0');
    const imported = await notesTitled(B, `${CHANGED} (from ${creator})`);
    expect(imported).toHaveLength(1);
    expect(await notesTitled(B, EXCLUDED)).toHaveLength(1); // only B's own copy from the demo
  });

  it('after both change the same note, version 2 shows it as a conflict with a side-by-side diff; keep both', async () => {
    // A changes the note through the API, B types into its imported copy.
    const [mineInA] = (await notesTitled(A, CHANGED)).filter((n) => n.title === CHANGED);
    await api(A, 'notes.update', { id: mineInA.id, body: `${mineInA.body.trimEnd()}\n\n${A_EDIT}\n` });

    const page = B.page;
    const copyTitle = `${CHANGED} (from ${creator})`;
    await openNoteInB(copyTitle);
    const body = page.locator('[data-testid="note-body"]');
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(B_EDIT);
    await expect.poll(() => page.locator('[data-testid="note-save-state"]').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');

    v2 = await exportFromA('circulation-v2.copkg');
    const { manifest } = inspect(v2);
    expect(manifest.packageId).toBe(packageId);
    expect(manifest.packageVersion).toBe(2);

    await openInB(v2);
    const tab = preview(page);
    await expect.poll(() => tab.locator('[data-testid="package-version"]').getAttribute('data-version')).toBe('2');
    expect(await filterCount(page, 'conflict')).toBe('1');
    expect(await filterCount(page, 'unchanged')).toBe('9');
    expect(await filterCount(page, 'new')).toBe('0');
    expect(await tab.locator('[data-testid="package-signature"]').getAttribute('data-state')).toBe('trusted');

    await tab.locator('[data-testid="import-filter"][data-status="conflict"]').click();
    await expect.poll(() => tab.locator('[data-testid="import-note"]').count()).toBe(1);
    const row = tab.locator('[data-testid="import-note"]');
    expect(await row.getAttribute('data-status')).toBe('conflict');
    await row.click();
    const detail = tab.locator('[data-testid="import-note-detail"]');
    expect(await detail.getAttribute('data-status')).toBe('conflict');
    const diff = detail.locator('[data-testid="import-diff"]');
    await diff.waitFor();
    expect(await diff.locator('.diff-cell.diff-mine', { hasText: B_EDIT }).count()).toBeGreaterThan(0);
    expect(await diff.locator('.diff-cell.diff-theirs', { hasText: A_EDIT }).count()).toBeGreaterThan(0);
    expect(await diff.locator('.diff-cell.diff-theirs', { hasText: B_EDIT }).count()).toBe(0);
    expect(await diff.locator('.diff-row:not(.diff-head):not(.diff-same)').count()).toBeGreaterThan(0);

    await shot(page, 'package-import-conflict.png');
    // The strategy for all conflicts applies until the note gets its own choice.
    expect(await row.getAttribute('data-choice')).toBe('keep-mine');
    await tab.locator('[data-testid="import-strategy"]').selectOption('take-theirs');
    await expect.poll(() => row.getAttribute('data-choice')).toBe('take-theirs');
    expect(await detail.locator('[data-testid="import-choice"] input[value="take-theirs"]').isChecked()).toBe(true);
    await detail.locator('[data-testid="import-choice"] input[value="keep-both"]').check();
    await expect.poll(() => row.getAttribute('data-choice')).toBe('keep-both');
    await tab.locator('[data-testid="import-submit"]').click();
    const summary = tab.locator('[data-testid="import-summary"]');
    await expect.poll(() => summary.getAttribute('data-kept-both'), { timeout: 15_000 }).toBe('1');
    expect(await summary.getAttribute('data-conflicts')).toBe('1');
    expect(await summary.getAttribute('data-unchanged')).toBe('9');

    // B's own demo note, B's edited copy from v1 (mine, kept) and the copy of theirs added next to it.
    const all = await notesTitled(B, CHANGED);
    expect(all).toHaveLength(3);
    const mine = all.filter((n) => n.title === copyTitle);
    expect(mine).toHaveLength(1);
    expect(mine[0].body).toContain(B_EDIT);
    expect(mine[0].body).not.toContain(A_EDIT);
    const theirs = all.filter((n) => n.body.includes(A_EDIT));
    expect(theirs).toHaveLength(1);
    expect(theirs[0].body).not.toContain(B_EDIT);
    expect([CHANGED, copyTitle]).not.toContain(theirs[0].title);
    console.log(`[e2e] keep-both copy: "${theirs[0].title}"`);
  });

  it("the imported note's history shows its provenance and the import version", async () => {
    const page = B.page;
    const copyTitle = `${CHANGED} (from ${creator})`;
    await openNoteInB(copyTitle);
    await runCommand(page, 'Show Note History');
    const prov = page.locator('[data-testid="note-provenance"]');
    await prov.waitFor();
    expect(await prov.getAttribute('data-package-id')).toBe(packageId);
    expect(await prov.getAttribute('data-creator')).toBe(creator);
    const text = await prov.innerText();
    expect(text).toContain(packageId);
    expect(text).toContain(creator);
    await shot(page, 'package-import-history.png');
    expect(await page.locator('[data-testid="history"] [data-reason="import"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="history"] [data-reason="import"]').first().innerText()).toContain(creator);
  });

  it('a package dropped onto the note editor opens the preview instead of becoming an attachment', async () => {
    const page = B.page;
    const editorBody = page.locator('[data-testid="note-body"]');
    const before = await editorBody.innerText();
    const bytes = [...readFileSync(v2)];
    const tabsBefore = await page.locator('[role="tab"][data-tab-id^="package:"]').count();
    const overlay = page.locator('[data-testid="package-drop-overlay"]');
    await editorBody.evaluate((el, data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'dropped.copkg', { type: 'application/octet-stream' }));
      (window as unknown as { __dt: DataTransfer }).__dt = dt;
      for (const type of ['dragenter', 'dragover']) el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    expect(await overlay.innerText()).toContain('Drop to import package');
    await shot(page, 'package-drop-overlay.png');
    const prevented = await editorBody.evaluate((el) => {
      const drop = new DragEvent('drop', { dataTransfer: (window as unknown as { __dt: DataTransfer }).__dt, bubbles: true, cancelable: true });
      el.dispatchEvent(drop);
      return drop.defaultPrevented;
    });
    expect(prevented).toBe(true);
    await expect.poll(() => overlay.count()).toBe(0);
    await expect.poll(() => page.locator('[role="tab"][data-tab-id^="package:"]').count()).toBe(tabsBefore + 1);
    await expect.poll(() => preview(page).getAttribute('data-phase'), { timeout: 15_000 }).toBe('ready');
    // Everything was imported already: the same package again has nothing to do.
    expect(await filterCount(page, 'unchanged')).toBe('10');
    expect(await page.locator('[data-testid="import-submit"]').isDisabled()).toBe(true);
    const [note] = (await notesTitled(B, `${CHANGED} (from ${creator})`)).filter((n) => n.title === `${CHANGED} (from ${creator})`);
    expect(note.body).not.toContain('dropped.copkg');
    expect(before).not.toContain('dropped.copkg');

    // Closing the preview tab releases the staged upload on the service.
    const released = page.waitForRequest((req) => req.url().includes('/api/call') && (req.postData() ?? '').includes('"packages.release"'));
    await runCommand(page, 'Close Editor');
    const { input } = JSON.parse((await released).postData() ?? '{}') as { input: { id: string } };
    await expect.poll(() => page.locator('[role="tab"][data-tab-id^="package:"]').count()).toBe(tabsBefore);
    await expect(api(B, 'packages.uploadChunk', { uploadId: input.id, offset: 0, dataBase64: 'AA==' })).rejects.toThrow();
  });

  it('a 5D plan exported from A arrives in B as a plan, with its choice in the preview', async () => {
    const plansA = await api<{ id: string; title: string }[]>(A, 'plans.list', {});
    const plansBefore = await api<{ id: string; title: string }[]>(B, 'plans.list', {});
    expect(plansA.length).toBeGreaterThan(0);
    const page = A.page;
    await runCommand(page, 'Export Package');
    const dialog = page.locator('[data-testid="package-export-dialog"]');
    await dialog.waitFor();
    await dialog.locator('select[name="plan"]').selectOption(plansA[0].id);
    await expect.poll(() => dialog.locator('[data-testid="export-total"]').getAttribute('data-plans'), { timeout: 15_000 }).toBe('1');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.locator('[data-testid="export-submit"]').click()]);
    const file = join(dir, 'plan.copkg');
    await download.saveAs(file);

    await openInB(file);
    const plan = preview(B.page).locator('[data-testid="import-plan"]');
    await expect.poll(() => plan.count()).toBe(1);
    expect(await plan.getAttribute('data-status')).toBe('new');
    expect(await plan.innerText()).toContain(plansA[0].title);
    await preview(B.page).locator('[data-testid="import-submit"]').click();
    const summary = preview(B.page).locator('[data-testid="import-summary"]');
    await summary.waitFor({ timeout: 20_000 });
    expect(await summary.getByTestId('import-plans-summary').innerText()).toContain('1 added');
    const plansAfter = await api<{ id: string; title: string }[]>(B, 'plans.list', {});
    expect(plansAfter.length).toBe(plansBefore.length + 1);
    expect(plansAfter.filter((p) => p.title === plansA[0].title).length).toBeGreaterThanOrEqual(1);
  });

  it('a broken package is refused with its error code, and nothing is imported', async () => {
    const page = B.page;
    const countBefore = (await api<unknown[]>(B, 'notes.linkTargets', {})).length;
    await page.locator('[data-testid="package-import-input"]').setInputFiles({ name: 'broken.copkg', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not really a zip') });
    await expect.poll(() => preview(page).getAttribute('data-phase'), { timeout: 15_000 }).toBe('failed');
    const error = page.locator('[data-testid="package-import-error"]');
    expect(await error.getAttribute('data-code')).toMatch(/^PKG_/);
    expect((await api<unknown[]>(B, 'notes.linkTargets', {})).length).toBe(countBefore);
  });
});
