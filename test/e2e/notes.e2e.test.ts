// End-to-end: linked notes in Chromium — [[ autocomplete, backlinks with snippets, rename rewriting links, filtered search,
// undo/redo, autosave surviving a reload, explorer paging, trash; screenshots in both themes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { openServices } from '../helpers/workspace';
import { openWorkbench } from './browser';
import type { WorkbenchSession } from './browser';
import { runCommand as runPaletteCommand } from './palette';

const tempDir = useTempDirs();
let session: WorkbenchSession;
let page: Page;
let newNoteId = '';
let targetId = '';
let backlinkCount = 0;
let ws = '';

const NEW_TITLE = 'Returns triage checklist';
const TARGET = 'Shelf capacity forecast sheet';
const RENAMED = 'Shelf capacity forecast 2027';
const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const BULK_NOTES = 5000;

const sidebar = () => page.locator('[data-part="sidebar"]');
const body = () => page.locator('[data-testid="note-body"]');
const saveState = () => page.locator('[data-testid="note-save-state"]').getAttribute('data-state');
const tab = (id: string) => page.locator(`[role="tab"][data-tab-id="note:${id}"]`);

const runCommand = (title: string) => runPaletteCommand(page, title);

async function screenshot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name) });
}

beforeAll(async () => {
  const dir = tempDir('copw-notes-e2e');
  ws = join(dir, 'workspace');
  expect(copw(['init', ws, '--demo']).code).toBe(0);
  // A long note (converted to Markdown lazily while typing) and a huge one (opened as source).
  const section = (i: number) => `## Section ${i}\n\nPractice text for section ${i} with a link to [[Shelving]].\n\n- step one\n- step two\n\n`;
  writeFileSync(join(dir, 'long.md'), Array.from({ length: 600 }, (_, i) => section(i)).join(''));
  writeFileSync(join(dir, 'huge.md'), 'Huge export line of plain text.\n'.repeat(12_000));
  for (const [title, file] of [['Long handbook', 'long.md'], ['Huge export', 'huge.md']]) {
    expect(copw(['note', 'add', '--workspace', ws, '--domain', 'Shelving', '--title', title, '--body-file', join(dir, file)]).code).toBe(0);
  }
  // A domain with many notes for the paged, virtualized explorer.
  const services = openServices(ws);
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await services.dispatch(method, input);
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
    return res.result as T;
  };
  const bulk = await call<{ id: string }>('domains.create', { name: 'Bulk archive' });
  await call('notes.create', { domainId: bulk.id, title: 'Bulk index' });
  // Every bulk note links to "Bulk index": a hub with thousands of backlinks.
  for (let i = 0; i < BULK_NOTES; i++) {
    const note = await call<{ id: string }>('notes.create', { domainId: bulk.id, title: `Bulk note ${String(i).padStart(5, '0')}` });
    await call('notes.update', { id: note.id, body: `Part ${i} of the archive, filed under [[Bulk index]].` });
  }
  services.close();
  session = await openWorkbench(ws);
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('linked notes in Chromium via copw serve', () => {
  it('creates a note in a domain and links another note through the [[ autocomplete', async () => {
    await sidebar().getByText('Circulation', { exact: true }).first().click();
    await sidebar().locator('[data-note-id]').first().waitFor();
    await runCommand('New Note');
    const dialog = page.locator('[data-testid="dialog"]');
    await dialog.locator('input').fill(NEW_TITLE);
    await dialog.locator('input').press('Enter');
    await expect.poll(() => page.locator('[data-testid="note-title"]').inputValue()).toBe(NEW_TITLE);
    newNoteId = (await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id'))!.replace('note:', '');

    await body().click();
    await page.keyboard.type('Before shelving, check [[shelf ca');
    const menu = page.locator('[data-testid="wikilink-menu"]');
    await menu.waitFor();
    // Escape closes the menu; typing on reopens it.
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    await page.keyboard.type('p');
    await menu.waitFor();
    // Fuzzy: "shelf cap" finds the note in another domain, shown with its domain.
    const option = menu.locator(`[data-link-option="${TARGET}"]`);
    expect(await option.innerText()).toContain('Shelving');
    await option.click();
    await expect.poll(() => menu.count()).toBe(0);
    await page.keyboard.type('for the space left.');

    const link = body().locator('.wikilink');
    await expect.poll(() => link.innerText()).toBe(TARGET);
    await expect.poll(() => link.getAttribute('data-link-state')).toBe('resolved');
    // Autosave lands without Ctrl+S.
    await expect.poll(saveState, { timeout: 5000 }).toBe('saved');
    await screenshot('notes-link-light.png');
  });

  it('opens the target from the link and shows the backlink with its snippet', async () => {
    await body().locator('.wikilink').click();
    await expect.poll(() => page.locator('[data-testid="note-title"]').inputValue()).toBe(TARGET);
    targetId = (await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id'))!.replace('note:', '');
    // Opening a note (tables, lists, links in it) never marks it changed.
    await page.waitForTimeout(700);
    expect(await saveState()).toBe('saved');
    expect(await tab(targetId).getAttribute('data-dirty')).toBeNull();
    await page.keyboard.press('Control+Shift+K');
    const row = page.locator(`[data-testid="backlinks-list"] [data-backlink-source="${newNoteId}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(NEW_TITLE);
    expect(await row.locator('mark').first().innerText()).toBe(TARGET);
    expect(await row.innerText()).toContain('Before shelving, check');
    backlinkCount = Number(await page.locator('[data-testid="backlinks-total"]').innerText());
    expect(backlinkCount).toBeGreaterThan(1);
    await screenshot('notes-backlinks-light.png');
  });

  it('renames the target and the first note shows the rewritten link', async () => {
    const title = page.locator('[data-testid="note-title"]');
    await title.fill(RENAMED);
    await title.press('Enter');
    await expect.poll(() => tab(targetId).innerText()).toContain(RENAMED);
    await tab(newNoteId).click();
    await expect.poll(() => body().locator('.wikilink').innerText()).toBe(RENAMED);
    expect(await body().innerText()).toContain('Before shelving, check');
    // The rename reports how many linking notes it rewrote.
    await page.getByText(`Renamed to “${RENAMED}”: ${backlinkCount} linking notes updated`).first().waitFor();
  });

  it('finds the note with domain: and kind: filters in the Search view', async () => {
    await page.keyboard.press('Control+Shift+F');
    const input = page.locator('[data-testid="search-input"]');
    await input.waitFor();
    await input.fill('domain:Circulation kind:practice triage');
    const hit = page.locator(`[data-testid="search-results"] [data-note-id="${newNoteId}"]`);
    await hit.waitFor();
    expect(await hit.innerText()).toContain(NEW_TITLE);
    // A kind filter that does not match leaves it out.
    await input.fill('domain:Circulation kind:story triage');
    await expect.poll(() => hit.count()).toBe(0);
    await input.fill('domain:Circulation kind:practice triage');
    await hit.waitFor();
    expect(await page.locator('[data-testid="search-results"] mark').count()).toBeGreaterThan(0);
    await screenshot('notes-search-light.png');
    await hit.click();
    await expect.poll(() => page.locator('[data-testid="note-title"]').inputValue()).toBe(NEW_TITLE);
  });

  it('undoes and redoes typing, and the text survives a reload', async () => {
    await body().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Undo me later.');
    await expect.poll(() => body().innerText()).toContain('Undo me later.');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body().innerText()).not.toContain('Undo me later.');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => body().innerText()).toContain('Undo me later.');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body().innerText()).not.toContain('Undo me later.');
    await page.keyboard.press('Control+Y');
    await expect.poll(() => body().innerText()).toContain('Undo me later.');
    await expect.poll(saveState, { timeout: 5000 }).toBe('saved');

    await page.reload();
    await tab(newNoteId).click();
    await expect.poll(() => body().innerText()).toContain('Undo me later.');
    expect(await body().locator('.wikilink').innerText()).toBe(RENAMED);
  });

  it('keeps a keystroke typed right before a reload (local draft restored and saved)', async () => {
    await body().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Last words.');
    await page.reload();
    await tab(newNoteId).click();
    await expect.poll(() => body().innerText()).toContain('Last words.');
    await expect.poll(saveState, { timeout: 5000 }).toBe('saved');
  });

  it('moves the note to the trash and restores it', async () => {
    await runCommand('Delete Note (Move to Trash)');
    await expect.poll(() => tab(newNoteId).count()).toBe(0);
    await runCommand('Show Trash');
    const row = page.locator(`[data-testid="trash"] [data-trash-id="${newNoteId}"]`);
    await row.waitFor();
    await row.locator('[data-action="restore"]').click();
    await expect.poll(() => tab(newNoteId).count()).toBe(1);
    await expect.poll(() => body().innerText()).toContain('Last words.');
  });

  it('turns an unlinked mention into a link with "Link it"', async () => {
    await body().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Old stock goes through Weeding with MUSTIE first.');
    await expect.poll(saveState, { timeout: 5000 }).toBe('saved');
    await page.keyboard.press('Control+P');
    const quick = page.locator('[data-testid="command-palette"]');
    await quick.locator('input').fill('Weeding with MUSTIE');
    await quick.locator('input').press('Enter');
    await expect.poll(() => page.locator('[data-testid="note-title"]').inputValue()).toBe('Weeding with MUSTIE');
    await page.keyboard.press('Control+Shift+K');
    const mention = page.locator(`[data-testid="unlinked-mentions"] [data-mention-source="${newNoteId}"]`);
    await mention.waitFor();
    expect(await mention.locator('mark').first().innerText()).toBe('Weeding with MUSTIE');
    await mention.locator('.link-it').click();
    await expect.poll(() => mention.count()).toBe(0);
    await page.locator(`[data-testid="backlinks-list"] [data-backlink-source="${newNoteId}"]`).waitFor();
    await tab(newNoteId).click();
    await expect.poll(() => body().locator('.wikilink').allInnerTexts()).toEqual([RENAMED, 'Weeding with MUSTIE']);
  });

  it('pastes an image: stored as an attachment and shown inline', async () => {
    await body().click();
    await page.keyboard.press('Control+End');
    // A 1×1 PNG pasted from the clipboard.
    await body().evaluate((el) => {
      const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([png], 'dot.png', { type: 'image/png' }));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const img = body().locator('img.editor-image-img');
    await img.waitFor();
    expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await img.getAttribute('data-image-src')).toMatch(/^attachments\/[^/]+\/dot\.png$/);
    await expect.poll(saveState, { timeout: 5000 }).toBe('saved');
  });

  it('lists versions of the note and restores an earlier one', async () => {
    await page.keyboard.press('Control+Alt+H');
    const versions = page.locator('[data-testid="history"] [data-version-id]');
    await versions.first().waitFor();
    const count = await versions.count();
    expect(count).toBeGreaterThan(0);
    // Find a version from before "Last words." was typed, preview it and restore it.
    let found = false;
    for (let i = 0; i < count && !found; i++) {
      await versions.nth(i).click();
      const preview = page.locator('.history-preview-body');
      await preview.waitFor();
      await expect.poll(() => versions.nth(i).getAttribute('class')).toContain('selected');
      found = !(await preview.innerText()).includes('Last words.');
    }
    expect(found).toBe(true);
    await page.locator('[data-action="restore-version"]').click();
    await expect.poll(() => body().innerText()).not.toContain('Last words.');
  });

  it('creates, renames and archives a domain from the explorer', async () => {
    await page.keyboard.press('Control+Shift+E');
    await runCommand('New Domain');
    const dialog = page.locator('[data-testid="dialog"]');
    await dialog.locator('input').fill('Reference services');
    await dialog.locator('input').press('Enter');
    const row = sidebar().locator('[data-domain-id]', { hasText: 'Reference services' });
    await row.waitFor();
    await row.hover();
    await row.locator('[data-action="rename-domain"]').click();
    await dialog.locator('input').fill('Reference desk');
    await dialog.locator('input').press('Enter');
    const renamed = sidebar().locator('[data-domain-id]', { hasText: 'Reference desk' });
    await renamed.waitFor();
    await renamed.hover();
    await renamed.locator('[data-action="archive-domain"]').click();
    await expect.poll(() => renamed.getAttribute('class')).toContain('archived');
  });

  it('keeps every keystroke in a long note: Ctrl+S right after typing saves it', async () => {
    await page.keyboard.press('Control+P');
    const quick = page.locator('[data-testid="command-palette"]');
    await quick.locator('input').fill('Long handbook');
    await quick.locator('input').press('Enter');
    await expect.poll(() => page.locator('[data-testid="note-title"]').inputValue()).toBe('Long handbook');
    await expect.poll(() => body().innerText(), { timeout: 20_000 }).toContain('Section 599');
    await page.waitForTimeout(300);
    expect(await saveState()).toBe('saved');
    await body().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Tail words.');
    await page.keyboard.press('Control+S');
    await expect.poll(saveState, { timeout: 10_000 }).toBe('saved');
    const shown = copw(['note', 'show', 'Long handbook', '--workspace', ws, '--json']);
    expect(shown.code).toBe(0);
    const saved = JSON.parse(shown.stdout) as { body: string };
    expect(saved.body).toContain('Tail words.');
    expect(saved.body).toContain('## Section 0\n');
    expect(saved.body.match(/\[\[Shelving\]\]/g)).toHaveLength(600);
  });

  it('opens a huge note as Markdown source instead of freezing', async () => {
    await page.keyboard.press('Control+P');
    const quick = page.locator('[data-testid="command-palette"]');
    await quick.locator('input').fill('Huge export');
    await quick.locator('input').press('Enter');
    const source = page.locator('[data-testid="note-body-source"]');
    await source.waitFor();
    expect((await source.inputValue()).length).toBeGreaterThan(300_000);
  });

  it('pages and virtualizes a domain with thousands of notes in the explorer', async () => {
    await page.keyboard.press('Control+Shift+E');
    const domainRow = sidebar().locator('[data-domain-id]', { hasText: 'Bulk archive' });
    expect(await domainRow.locator('.badge').innerText()).toBe(String(BULK_NOTES + 1));
    await domainRow.click();
    await sidebar().locator('[data-note-id]', { hasText: 'Bulk index' }).waitFor();
    // Only the rows in view exist in the DOM, not thousands.
    expect(await sidebar().locator('[data-note-id]').count()).toBeLessThan(150);
    await sidebar().locator('[role="tree"]').focus();
    const started = Date.now();
    await page.keyboard.press('End');
    await sidebar().locator('[data-note-id]', { hasText: `Bulk note ${String(BULK_NOTES - 1).padStart(5, '0')}` }).waitFor();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await sidebar().locator('[data-note-id]').count()).toBeLessThan(150);
    await screenshot('notes-explorer-bulk-light.png');
    await page.keyboard.press('Home');
    await domainRow.click();
    await expect.poll(() => sidebar().locator('[data-note-id]', { hasText: 'Bulk note' }).count()).toBe(0);
  });

  it('opens a hub note with thousands of backlinks one page at a time', async () => {
    await page.keyboard.press('Control+P');
    const quick = page.locator('[data-testid="command-palette"]');
    await quick.locator('input').fill('Bulk index');
    await quick.locator('input').press('Enter');
    await expect.poll(() => page.locator('[data-testid="note-title"]').inputValue()).toBe('Bulk index');
    const started = Date.now();
    await page.keyboard.press('Control+Shift+K');
    await expect.poll(() => page.locator('[data-testid="backlinks-total"]').innerText()).toBe(String(BULK_NOTES));
    const list = page.locator('[data-testid="backlinks-list"]');
    await list.locator('[data-backlink-source]').first().waitFor();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await list.locator('[data-backlink-source]').count()).toBeLessThan(60);
    expect(await page.locator('.backlinks-shown').innerText()).toBe(`showing 100 of ${BULK_NOTES}`);
    // Scrolling to the end of the loaded rows fetches the next page.
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => page.locator('.backlinks-shown').innerText()).toBe(`showing 200 of ${BULK_NOTES}`);
    expect(await list.locator('[data-backlink-source]').count()).toBeLessThan(60);
    expect(await list.locator('mark').first().innerText()).toBe('Bulk index');
  });

  it('takes the dark-theme screenshots', async () => {
    await runCommand('Color Theme: Dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await tab(newNoteId).click();
    await page.keyboard.press('Control+Shift+E');
    await screenshot('notes-explorer-history-dark.png');
    await page.keyboard.press('Control+Shift+F');
    await page.locator('[data-testid="search-input"]').fill('shelf');
    await page.locator('[data-testid="search-results"] [data-note-id]').first().waitFor();
    await screenshot('notes-search-dark.png');
    await page.keyboard.press('Control+Shift+K');
    await tab(targetId).click();
    await page.locator('[data-testid="backlinks-list"] [data-backlink-source]').first().waitFor();
    await screenshot('notes-backlinks-dark.png');
  });
});
