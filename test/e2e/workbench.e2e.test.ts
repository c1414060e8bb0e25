// End-to-end: `copw serve` on a temporary demo workspace, driven in Debian's Chromium through playwright-core.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, copw, startServe } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { launchChromium } from './browser';
import { runCommand as runPaletteCommand } from './palette';

const tempDir = useTempDirs();
let browser: Browser;
let context: BrowserContext;
let page: Page;
let serve: { url: string; child: ChildProcess };

const PARTS = ['activitybar', 'sidebar', 'editor', 'panel', 'statusbar'];
const tabIds = () => page.locator('[role="tab"][data-tab-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tab-id')));

const runCommand = (title: string) => runPaletteCommand(page, title);

beforeAll(async () => {
  const ws = join(tempDir('copw-e2e'), 'workspace');
  expect(copw(['init', ws, '--demo']).code).toBe(0);
  serve = await startServe(['--workspace', ws, '--port', '0']);
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-US', colorScheme: 'light', viewport: { width: 1400, height: 860 } });
  page = await context.newPage();
  page.on('pageerror', (err) => console.error('[e2e] page error:', err.message));
});

afterAll(async () => {
  await browser?.close();
  serve?.child.kill('SIGTERM');
});

describe('workbench in Chromium via copw serve', () => {
  it('refuses the page without the token', async () => {
    const res = await page.goto(serve.url.replace(/\?token=.*/, ''));
    expect([401, 403]).toContain(res?.status());
  });

  it('starts in Bahasa Indonesia when the OS locale is Indonesian', async () => {
    const idContext = await browser.newContext({ locale: 'id-ID', colorScheme: 'light' });
    const idPage = await idContext.newPage();
    await idPage.goto(serve.url);
    const explorer = idPage.locator('[data-part="activitybar"] [data-view="explorer"]');
    await expect.poll(() => explorer.getAttribute('aria-label')).toBe('Penjelajah');
    expect(await idPage.evaluate(() => document.documentElement.lang)).toBe('id');
    await idContext.close();
    // Nothing was chosen explicitly, so an English browser still starts in English.
  });

  it('shows the five workbench parts with the demo content', async () => {
    const res = await page.goto(serve.url);
    expect(res?.status()).toBe(200);
    for (const part of PARTS) await page.locator(`[data-part="${part}"]`).first().waitFor({ state: 'visible' });
    expect(await page.locator('[data-part="activitybar"] [data-view="explorer"]').getAttribute('aria-label')).toBe('Explorer');
    await expect.poll(() => page.locator('[data-part="sidebar"]').innerText()).toMatch(/Circulation/);
    await expect.poll(() => page.locator('[data-part="statusbar"]').innerText()).toMatch(/\d+/);
  });

  it('opens a note from the explorer and marks the tab dirty while editing, clean after save', async () => {
    const sidebar = page.locator('[data-part="sidebar"]');
    await sidebar.getByText('Circulation', { exact: true }).first().click();
    const firstNote = sidebar.locator('[data-note-id]').first();
    await firstNote.waitFor();
    const noteId = await firstNote.getAttribute('data-note-id');
    const title = (await firstNote.innerText()).split('\n')[0].trim();
    await firstNote.click();
    const tab = page.locator(`[role="tab"][data-tab-id="note:${noteId}"]`);
    await tab.waitFor();
    expect(await tab.innerText()).toContain(title);
    const body = page.locator('[data-testid="note-body"]');
    await expect.poll(() => body.innerText()).toMatch(/\S/);

    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nAdded from the end-to-end test.');
    await expect.poll(() => tab.getAttribute('data-dirty')).toBe('true');
    await page.keyboard.press('Control+S');
    await expect.poll(() => tab.getAttribute('data-dirty')).not.toBe('true');
  });

  it('runs a command from the palette (toggle panel) and lists keybindings', async () => {
    await page.keyboard.press('Control+Shift+P');
    const palette = page.locator('[data-testid="command-palette"]');
    await palette.waitFor();
    expect(await palette.innerText()).toMatch(/Ctrl\+Shift\+P/);
    await page.keyboard.press('Escape');
    const panel = page.locator('[data-part="panel"]');
    expect(await panel.isVisible()).toBe(true);
    await runCommand('Toggle Panel Visibility');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await runCommand('Toggle Panel Visibility');
    await expect.poll(() => panel.isVisible()).toBe(true);
  });

  it('switches the language to Bahasa Indonesia and the activity bar titles change', async () => {
    const explorerButton = page.locator('[data-part="activitybar"] [data-view="explorer"]');
    expect(await explorerButton.getAttribute('aria-label')).toBe('Explorer');
    await runCommand('Display Language: Bahasa Indonesia');
    await expect.poll(() => explorerButton.getAttribute('aria-label')).toBe('Penjelajah');
    expect(await page.locator('[data-part="activitybar"] [data-view="members"]').getAttribute('aria-label')).toBe('Anggota');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
  });

  it('follows the OS theme by default and switches theme on command', async () => {
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    expect(await page.evaluate(() => document.documentElement.dataset.themeSetting)).toBe('system');
    expect(await theme()).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');

    const background = () => page.locator('[data-part="editor"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    const lightBg = await background();
    await runCommand('Tema Warna: Gelap'); // the UI is in Indonesian at this point
    await expect.poll(theme).toBe('dark');
    expect(await background()).not.toBe(lightBg);
    // The status bar item cycles the setting: dark → system (light here) → light → dark.
    const status = page.locator('[data-testid="status-theme"]');
    await status.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.themeSetting)).toBe('system');
    await status.click();
    await status.click();
    await expect.poll(theme).toBe('dark');
  });

  it('restores tabs, layout, language and theme after a reload', async () => {
    // Open a second note and a plan, hide the side bar.
    const sidebar = page.locator('[data-part="sidebar"]');
    await sidebar.locator('[data-note-id]').nth(1).click();
    await page.locator('[data-part="activitybar"] [data-view="plans"]').click();
    await sidebar.locator('[data-plan-id]').first().click();
    await expect.poll(async () => (await tabIds()).length).toBe(3);
    // Reorder: the active (plan) tab moves left by one.
    const opened = await tabIds();
    await runCommand('Pindahkan Editor ke Kiri'); // the UI is in Indonesian at this point
    await expect.poll(tabIds).toEqual([opened[0], opened[2], opened[1]]);
    const before = await tabIds();
    const active = await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id');
    await page.keyboard.press('Control+B');
    await expect.poll(() => sidebar.isVisible()).toBe(false);

    await page.waitForTimeout(800); // let the debounced UI-state save land
    await page.reload();
    await page.locator('[data-part="editor"]').waitFor();
    await expect.poll(tabIds).toEqual(before);
    expect(await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id')).toBe(active);
    expect(await page.locator('[data-part="sidebar"]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.locator('[data-part="activitybar"] [data-view="explorer"]').getAttribute('aria-label')).toBe('Penjelajah');

    // The saved edit survived too (the first tab is the note edited earlier).
    await page.locator(`[role="tab"][data-tab-id="${before[0]}"]`).click();
    await expect.poll(() => page.locator('[data-testid="note-body"]').innerText()).toContain('Added from the end-to-end test.');
  });

  it('takes the README screenshot (light theme, English, a note open)', async () => {
    await runCommand('Tema Warna: Terang');
    await runCommand('Bahasa Tampilan: English');
    await page.keyboard.press('Control+B');
    await page.locator('[data-part="activitybar"] [data-view="explorer"]').click();
    await page.locator('[data-part="sidebar"]').getByText('Cataloguing', { exact: true }).first().click();
    // A note the tests did not edit, so the README shows the demo content as shipped.
    const catalogued = page.locator('[data-part="sidebar"] [data-note-id]').first();
    const id = await catalogued.getAttribute('data-note-id');
    await catalogued.click();
    await page.locator(`[role="tab"][aria-selected="true"][data-tab-id="note:${id}"]`).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
    const file = join(REPO_ROOT, 'docs', 'screenshot.png');
    await page.screenshot({ path: file });
    console.log(`[e2e] screenshot written to ${file}`);
  });
});
