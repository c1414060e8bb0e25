// End-to-end: Ctrl+End in a note ending in a table or code block puts the caret after it, in a paragraph of its own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { openWorkbench } from './browser';
import type { WorkbenchSession } from './browser';

const tempDir = useTempDirs();
let session: WorkbenchSession;
let page: Page;
let ws = '';

const TABLE = '| Shelf | Count |\n| --- | --- |\n| A12 | 40 |\n| B07 | 12 |';
const NOTES: Record<string, string> = {
  'Shelf count table': `Counted on Monday.\n\n${TABLE}`,
  'Weeding script': 'Run it weekly.\n\n```\nweed --older-than 10y\n```',
};

const body = () => page.locator('[data-testid="note-body"]');
const saveState = () => page.locator('[data-testid="note-save-state"]').getAttribute('data-state');
/** Whether the caret is inside a table or code block of the editor. */
const caretIn = (selector: string) =>
  page.evaluate((sel) => {
    const node = window.getSelection()?.anchorNode ?? null;
    const el = node instanceof Element ? node : node?.parentElement;
    return Boolean(el?.closest(sel));
  }, selector);
const savedBody = (title: string) => {
  const shown = copw(['note', 'show', title, '--workspace', ws, '--json']);
  expect(shown.code).toBe(0);
  return (JSON.parse(shown.stdout) as { body: string }).body;
};

async function open(title: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const quick = page.locator('[data-testid="command-palette"]');
  await quick.locator('input').fill(title);
  await quick.locator('input').press('Enter');
  await expect.poll(() => page.locator('[data-testid="note-title"]').inputValue()).toBe(title);
}

beforeAll(async () => {
  const dir = tempDir('copw-editor-keys-e2e');
  ws = join(dir, 'workspace');
  expect(copw(['init', ws, '--demo']).code).toBe(0);
  for (const [title, text] of Object.entries(NOTES)) {
    const file = join(dir, `${title}.md`);
    writeFileSync(file, text);
    expect(copw(['note', 'add', '--workspace', ws, '--domain', 'Shelving', '--title', title, '--body-file', file]).code).toBe(0);
  }
  session = await openWorkbench(ws);
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('editor keys', () => {
  it('Control+End from inside a trailing table goes after the table, and typing lands there', async () => {
    await open('Shelf count table');
    await body().locator('table').waitFor();
    // Opening the note (an empty paragraph is offered after the table) does not mark it changed.
    await page.waitForTimeout(700);
    expect(await saveState()).toBe('saved');
    await body().locator('td', { hasText: 'A12' }).click();
    expect(await caretIn('table')).toBe(true);
    await page.keyboard.press('Control+End');
    await expect.poll(() => caretIn('table')).toBe(false);
    expect(await caretIn('[data-testid="note-body"]')).toBe(true);
    // Moving the caret alone changes nothing.
    await page.waitForTimeout(400);
    expect(await saveState()).toBe('saved');
    await page.keyboard.type('After the table.');
    await page.keyboard.press('Control+S');
    await expect.poll(saveState, { timeout: 10_000 }).toBe('saved');
    const saved = savedBody('Shelf count table');
    expect(saved).toBe(`Counted on Monday.\n\n${TABLE}\n\nAfter the table.`);
    expect(await body().locator('table').innerText()).not.toContain('After the table.');
  });

  it('Control+End in a note ending in a code block goes after the block', async () => {
    await open('Weeding script');
    await body().locator('code').first().waitFor();
    await page.waitForTimeout(700);
    expect(await saveState()).toBe('saved');
    await body().locator('code').first().click();
    expect(await caretIn('code')).toBe(true);
    await page.keyboard.press('Control+End');
    await expect.poll(() => caretIn('code')).toBe(false);
    await page.keyboard.type('Then check the list.');
    await page.keyboard.press('Control+S');
    await expect.poll(saveState, { timeout: 10_000 }).toBe('saved');
    expect(savedBody('Weeding script')).toBe('Run it weekly.\n\n```\nweed --older-than 10y\n```\nThen check the list.');
  });
});
