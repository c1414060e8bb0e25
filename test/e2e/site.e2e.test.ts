// The exported HTML mini-site in Chromium from file://: search finds notes, links navigate between pages, a hostile note stays inert.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { useTempDirs } from '../helpers/temp-dir';
import { openServices } from '../helpers/workspace';
import { hostileWorkspace, TARGET_TITLE } from '../packages/site/site-fixture';
import { launchChromium } from './browser';

const tempDir = useTempDirs();

describe('HTML mini-site in Chromium', () => {
  let browser: Browser;
  let site: string;

  beforeAll(async () => {
    const { dir } = await hostileWorkspace(tempDir());
    site = join(tempDir(), 'site');
    const services = openServices(dir);
    try {
      await createInProcessClient(services).call('packages.exportHtml', { outDir: site });
    } finally {
      services.close();
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openPage(): Promise<{ page: Page; dialogs: string[]; problems: string[] }> {
    const page = await (await browser.newContext({ locale: 'en-US', javaScriptEnabled: true })).newPage();
    const dialogs: string[] = [];
    const problems: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('file://')) problems.push(`network request: ${r.url()}`);
    });
    return { page, dialogs, problems };
  }

  const url = (rel: string) => pathToFileURL(join(site, rel)).href;

  it('finds a note with the search box and follows links between notes', async () => {
    const { page, dialogs, problems } = await openPage();
    await page.goto(url('index.html'));
    await expect(page.locator('main h2').textContent()).resolves.toBe('Domains');
    await page.locator('#site-search').fill('damaged returns');
    const hit = page.locator('#site-search-results a', { hasText: TARGET_TITLE });
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(url('notes/checking-damaged-returns-at-the-desk.html'));
    await expect(page.locator('article h1').textContent()).resolves.toBe(TARGET_TITLE);

    // A wikilink in the body leads to the other note's page.
    await page.locator('.note-body a.wikilink', { hasText: 'Spine label misprints' }).first().click();
    await page.waitForURL(url('notes/spine-label-misprints.html'));
    await expect(page.locator('article h1').textContent()).resolves.toBe('Spine label misprints');
    // Domain index, then back home.
    await page.locator('main > p.meta a').click();
    await page.waitForURL(/\/domains\/[^/]+\.html$/);
    await expect(page.locator('table.notes tbody tr').count()).resolves.toBeGreaterThan(3);
    await page.locator('header a.home').click();
    await page.waitForURL(url('index.html'));
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('renders the hostile note inert: no dialog, no navigation, no injected globals, no CSP errors', async () => {
    const { page: blank } = await openPage();
    await blank.goto(url('assets/style.css'));
    const baseline = await blank.evaluate(() => Object.getOwnPropertyNames(window));
    await blank.context().close();

    const { page, dialogs, problems } = await openPage();
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));
    const hostileUrl = url('notes/hostile-note-img-src-x-onerror-alert-1.html');
    await page.goto(hostileUrl);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(page.url()).toBe(hostileUrl);
    expect(navigations).toEqual([hostileUrl]);
    expect(page.frames()).toHaveLength(1);
    expect(dialogs).toEqual([]);

    const globals = await page.evaluate(() => Object.getOwnPropertyNames(window));
    expect(globals.filter((g) => !baseline.includes(g))).toEqual(['COPW_SITE_INDEX']);
    const pwned = await page.evaluate(() =>
      ['pwnedScript', 'pwnedImg', 'pwnedFrame', 'pwnedSvg', 'pwnedSvgInline', 'pwnedHeading', 'pwnedJs'].filter((k) => k in window),
    );
    expect(pwned).toEqual([]);
    // The hostile markup is there as text; only our own elements exist.
    await expect(page.locator('.note-body').textContent()).resolves.toContain("<script>window.pwnedScript = 1; alert('script')</script>");
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('iframe, svg, style, object, embed').count()).toBe(0);
    // The copied image loads under img-src 'self'; the stylesheet applies under style-src 'self'.
    expect(await page.locator('.note-body img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    expect(await page.locator('header.site').evaluate((el) => getComputedStyle(el).display)).toBe('flex');

    // Clicking the removed links does nothing; our search script runs (its file is allowed by the CSP).
    for (const text of ['js', 'js2', 'data', 'ref link']) await page.locator('.note-body .link.dropped', { hasText: text }).first().click();
    await page.waitForTimeout(200);
    expect(page.url()).toBe(hostileUrl);
    await page.locator('#site-search').fill('hostile');
    await expect(page.locator('#site-search-results a').first().textContent()).resolves.toContain('Hostile note');
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
