// End-to-end: a package whose notes carry hostile HTML/JS (bodies, titles, aliases, tags, domain, member, attachment) is
// exported from one workspace and imported into another with the CLI; in Chromium nothing in it runs, navigates, opens a
// window or makes a request, in the editor, history, backlinks, search, quick open, members and on every link click.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HOSTILE_ALIAS,
  HOSTILE_ATTACHMENT_NAME,
  HOSTILE_DOMAIN,
  HOSTILE_MEMBER,
  HOSTILE_TAGS,
  SEARCH_WORD,
  TITLES,
  buildHostileNotes,
  mark,
} from '../helpers/hostile-notes';
import { copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { openServices } from '../helpers/workspace';
import { openWorkbench } from './browser';
import type { WorkbenchSession } from './browser';

const tempDir = useTempDirs();
const PACKAGE_TITLE = `$t(app.name) {{x}} <script>${mark('package-title')}</script> Hostile package`;

/** Requests that reached the canary server (any hit means a payload made the page call out). */
const canaryHits: string[] = [];
let canary: Server;
let canaryUrl = '';
let wsB = '';
/** Imported note ids in workspace B, by role. */
const ids = { body: '', hub: '', target: '' };
let importedBody = '';

beforeAll(async () => {
  canary = createServer((req, res) => {
    canaryHits.push(req.url ?? '');
    res.writeHead(204, { 'access-control-allow-origin': '*' });
    res.end();
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}/canary`;

  const dir = tempDir('copw-hostile-e2e');
  const wsA = join(dir, 'A');
  wsB = join(dir, 'B');
  expect(copw(['init', wsA]).code).toBe(0);
  expect(copw(['init', wsB]).code).toBe(0);
  const servicesA = openServices(wsA);
  let bodyInA = '';
  try {
    const built = await buildHostileNotes(servicesA, canaryUrl);
    const note = await servicesA.dispatch('notes.get', { id: built.noteIds.body });
    if (!note.ok) throw new Error(note.error.message);
    bodyInA = (note.result as { body: string }).body;
  } finally {
    servicesA.close();
  }

  const pkg = join(dir, 'hostile.copkg');
  const exported = copw(['export', '--workspace', wsA, '--domain', HOSTILE_DOMAIN, '--title', PACKAGE_TITLE, '-o', pkg]);
  expect(exported.stderr).toBe('');
  expect(exported.code).toBe(0);
  const imported = copw(['import', pkg, '--workspace', wsB, '--json']);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  expect(JSON.parse(imported.stdout)).toMatchObject({ added: 3, updated: 0, conflicts: 0 });

  // The payloads arrived intact in B: the test is only worth something if the hostile text is really there.
  const servicesB = openServices(wsB);
  try {
    const list = await servicesB.dispatch('notes.list', {});
    if (!list.ok) throw new Error(list.error.message);
    for (const n of list.result as { id: string; title: string }[]) {
      if (n.title === TITLES.body) ids.body = n.id;
      if (n.title === TITLES.hub) ids.hub = n.id;
      if (n.title === TITLES.target) ids.target = n.id;
    }
    expect(Object.values(ids).every(Boolean)).toBe(true);
    const note = await servicesB.dispatch('notes.get', { id: ids.body });
    if (!note.ok) throw new Error(note.error.message);
    importedBody = (note.result as { body: string }).body;
    expect(importedBody.replace(/attachments\/[^/]+\//g, 'attachments/ID/')).toBe(bodyInA.replace(/attachments\/[^/]+\//g, 'attachments/ID/'));
    const atts = await servicesB.dispatch('attachments.list', { noteId: ids.body });
    if (!atts.ok) throw new Error(atts.error.message);
    expect((atts.result as { fileName: string }[]).map((a) => a.fileName)).toEqual([HOSTILE_ATTACHMENT_NAME]);
  } finally {
    servicesB.close();
  }
}, 240_000);

afterAll(async () => {
  await new Promise<void>((resolve) => canary?.close(() => resolve()));
});

/** Everything the page did that a hostile payload could cause, collected by listeners installed before the reload. */
interface Watch {
  dialogs: string[];
  popups: string[];
  frames: string[];
  navigations: string[];
  foreignRequests: string[];
}

async function watch(page: Page, context: BrowserContext, origin: string): Promise<Watch> {
  const w: Watch = { dialogs: [], popups: [], frames: [], navigations: [], foreignRequests: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  context.on('page', (p) => w.popups.push(p.url()));
  page.on('popup', (p) => w.popups.push(p.url()));
  page.on('frameattached', (f) => w.frames.push(f.url()));
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) w.navigations.push(f.url());
    else w.frames.push(f.url());
  });
  context.on('request', (r) => {
    const url = r.url();
    if (/^(data|blob):/i.test(url)) return;
    if (new URL(url).origin !== origin) w.foreignRequests.push(url);
  });
  page.on('websocket', (s) => {
    if (new URL(s.url()).host !== new URL(origin).host) w.foreignRequests.push(s.url());
  });
  // Content-Security-Policy violations: with the policy enforced, any would mean content tried something the policy stopped.
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return w;
}

for (const mode of ['enforced', 'bypassed'] as const) {
  // "bypassed" turns the page's Content-Security-Policy off: the renderer itself must keep the content inert.
  describe(`hostile note content after import (Content-Security-Policy ${mode})`, () => {
    let session: WorkbenchSession;
    let page: Page;
    let w: Watch;
    let origin = '';
    let baseTitle = '';
    let baseScripts: string[] = [];
    let hitsBefore = 0;

    const body = () => page.locator('[data-testid="note-body"]');
    const title = () => page.locator('[data-testid="note-title"]');
    const sidebar = () => page.locator('[data-part="sidebar"]');

    /** Nothing ran, navigated, opened or called out; no active element came out of the content. */
    async function expectInert(step: string): Promise<void> {
      await page.waitForTimeout(150);
      const state = await page.evaluate(() => {
        const attrs = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster', 'background'];
        return {
          pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
          title: document.title,
          csp: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['<init script missing>'],
          scripts: [...document.scripts].map((s) => s.src),
          active: [
            ...document.querySelectorAll(
              '#root script, #root iframe, #root frame, #root object, #root embed, #root form, #root base, #root meta, #root style, #root link, #root svg script, #root foreignObject, base, meta[http-equiv="refresh" i], iframe, object, embed',
            ),
          ].map((e) => e.outerHTML.slice(0, 160)),
          eventAttrs: [...document.querySelectorAll('*')].flatMap((e) =>
            [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${e.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`),
          ),
          // In the body (the head's own favicon is a data: link).
          dangerousUrls: [...document.body.querySelectorAll('*')].flatMap((e) =>
            attrs
              .map((n) => e.getAttribute(n))
              .filter((v): v is string => !!v && (/^\s*(javascript|vbscript):/i.test(v) || (/^\s*data:/i.test(v) && !/^data:image\//i.test(v)) || (e.tagName === 'A' && /^\s*data:/i.test(v))))
              .map((v) => `<${e.tagName.toLowerCase()}> ${v.slice(0, 80)}`),
          ),
        };
      });
      const report = {
        step,
        pwned: state.pwned,
        titleChanged: state.title === baseTitle ? null : state.title,
        dialogs: w.dialogs,
        popups: w.popups,
        frames: w.frames,
        navigatedAway: w.navigations.filter((u) => new URL(u).origin !== origin || new URL(u).pathname !== '/'),
        foreignRequests: w.foreignRequests,
        canaryHits: canaryHits.slice(hitsBefore),
        cspViolations: mode === 'enforced' ? state.csp : [],
        newScripts: state.scripts.filter((s) => !baseScripts.includes(s)),
        activeElements: state.active,
        eventAttributes: state.eventAttrs,
        dangerousUrls: state.dangerousUrls,
      };
      expect(report).toEqual({
        step,
        pwned: null,
        titleChanged: null,
        dialogs: [],
        popups: [],
        frames: [],
        navigatedAway: [],
        foreignRequests: [],
        canaryHits: [],
        cspViolations: [],
        newScripts: [],
        activeElements: [],
        eventAttributes: [],
        dangerousUrls: [],
      });
      expect(new URL(page.url()).origin).toBe(origin);
      expect(new URL(page.url()).pathname).toBe('/');
    }

    async function openFromExplorer(id: string): Promise<void> {
      const row = sidebar().locator(`[data-note-id="${id}"]`);
      if (!(await row.isVisible())) await sidebar().getByText(HOSTILE_DOMAIN, { exact: true }).first().click();
      await row.click();
      await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id')).toBe(`note:${id}`);
    }

    beforeAll(async () => {
      hitsBefore = canaryHits.length;
      session = await openWorkbench(wsB, { bypassCSP: mode === 'bypassed' });
      page = session.page;
      origin = new URL(session.serve.url).origin;
      w = await watch(page, page.context(), origin);
      // Reload so the listeners and the CSP recorder are in place from the first script on.
      await page.reload();
      await page.locator('[data-part="editor"]').waitFor();
      // The layout (and the open hostile tabs) persist between sessions: bring the explorer back.
      await page.keyboard.press('Control+Shift+E');
      await sidebar().getByText(HOSTILE_DOMAIN, { exact: true }).first().waitFor();
      // The workbench names the window after the workspace once it has loaded ("<name> — CoP Workbench").
      await page.waitForFunction(() => / — CoP Workbench$/.test(document.title));
      baseTitle = await page.title();
      expect(baseTitle).not.toContain('PWNED');
      baseScripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));
      expect(baseScripts.every((s) => s.startsWith(origin))).toBe(true);
      await expectInert('startup: explorer shows the hostile domain');
    }, 240_000);

    afterAll(async () => {
      await session?.close();
    });

    it('shows the domain, titles, tags, aliases and author as text in the explorer and the editor', async () => {
      expect(await sidebar().getByText(HOSTILE_DOMAIN, { exact: true }).count()).toBeGreaterThan(0);
      for (const [role, id] of Object.entries(ids) as [keyof typeof ids, string][]) {
        await openFromExplorer(id);
        await expect.poll(() => title().inputValue()).toBe(TITLES[role]);
        await expect.poll(() => sidebar().locator(`[data-note-id="${id}"]`).innerText()).toContain(TITLES[role]);
        const meta = page.locator('[data-testid="note-meta"]');
        const metaText = await meta.innerText();
        expect(metaText).toContain(HOSTILE_DOMAIN);
        for (const tag of HOSTILE_TAGS) expect(metaText).toContain(tag);
        expect(metaText).toContain(HOSTILE_MEMBER);
        await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').innerText()).toContain(TITLES[role]);
        await expectInert(`editor: ${role} note`);
      }
    });

    it('shows every payload of the body as text in the editor, and the hostile SVG attachment only as an image', async () => {
      await openFromExplorer(ids.body);
      await expect.poll(() => body().innerText()).toContain('Payload ends here.');
      const text = await body().innerText();
      for (const literal of [
        `<script>${mark('script-tag')}`,
        `<img src=x onerror="${mark('img-onerror')}`,
        `<svg onload="${mark('svg-onload')}`,
        '<iframe src="javascript:',
        '<iframe srcdoc="<script>',
        '<object data="javascript:',
        '<embed src="javascript:',
        '<meta http-equiv="refresh"',
        '<base href="https://evil.invalid/base/">',
        '<form action="javascript:',
        '<style>body{background:url("javascript:',
        '<link rel="stylesheet"',
        '<details open ontoggle=',
        '<javascript:',
        '<math>',
        `<script>${mark('code-block')}`,
      ])
        expect(text).toContain(literal);
      // Wikilink chips show their hostile label as text.
      const chips = await body().locator('.wikilink').allInnerTexts();
      expect(chips).toContain(`<script>${mark('wikilink-alias')}</script>`);
      expect(chips).toContain(`<svg onload=${mark('wikilink-label')}>`);
      // Markdown links with javascript:/data:/vbscript: targets point nowhere.
      const hrefs = await body().locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThanOrEqual(6);
      for (const h of hrefs) expect(h).not.toMatch(/^\s*(javascript|vbscript|data):/i);
      // The remote image is not loaded (shown as its alt text); the inline data SVG and the attachment are plain <img>.
      const missing = body().locator('.editor-image-missing');
      expect(await missing.evaluateAll((els) => els.map((e) => e.getAttribute('data-image-src')))).toContain(`${canaryUrl}/md-remote-image`);
      const attachmentImg = body().locator('img.editor-image-img[data-image-src^="attachments/"]');
      await attachmentImg.waitFor();
      expect(await attachmentImg.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(await attachmentImg.getAttribute('alt')).toBe(`<img src=x onerror=${mark('attachment-alt')}>`);
      // Open the attachment: click and double-click it, as a member would.
      await attachmentImg.click();
      await attachmentImg.dblclick();
      await attachmentImg.click({ modifiers: ['Control'] });
      // Opening hostile content never changes it.
      await page.waitForTimeout(700);
      expect(await page.locator('[data-testid="note-save-state"]').getAttribute('data-state')).toBe('saved');
      await expectInert('editor: body payloads and attachment');
    });

    it('hovering and clicking every link (plain, Ctrl, Shift, middle) neither runs code nor navigates', async () => {
      await openFromExplorer(ids.body);
      await expect.poll(() => body().innerText()).toContain('Payload ends here.');
      const links = body().locator('a');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(6);
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        await link.scrollIntoViewIfNeeded();
        await link.hover();
        await link.click();
        await link.click({ modifiers: ['Control'] });
        await link.click({ modifiers: ['Shift'] });
        await link.click({ button: 'middle' });
        await expectInert(`link ${i}: ${(await link.innerText()).slice(0, 40)}`);
      }
      // Wikilinks follow inside the workbench (a missing hostile target becomes a note whose title is that text).
      const chips = body().locator('.wikilink');
      const chipCount = await chips.count();
      expect(chipCount).toBe(3);
      for (let i = 0; i < chipCount; i++) {
        for (const modifiers of [[], ['Control']] as ('Control' | 'Shift')[][]) {
          await openFromExplorer(ids.body);
          const chip = body().locator('.wikilink').nth(i);
          const target = (await chip.getAttribute('data-wikilink'))!;
          await chip.hover();
          await chip.click({ modifiers });
          await expect.poll(() => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id')).not.toBe(`note:${ids.body}`);
          await expect.poll(() => title().inputValue()).toBe(target);
          await expectInert(`wikilink ${i} ${modifiers.join('+')}`);
        }
      }
    });

    it('shows the versions in the History panel as text', async () => {
      await openFromExplorer(ids.body);
      await page.keyboard.press('Control+Alt+H');
      const versions = page.locator('[data-testid="history"] [data-version-id]');
      await versions.first().waitFor();
      const count = await versions.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        await versions.nth(i).click();
        const preview = page.locator('.history-preview-body');
        await preview.waitFor();
        await expect.poll(() => preview.innerText()).toContain(`<script>${mark('script-tag')}`);
        expect(await page.locator('.history-preview-bar strong').innerText()).toBe(TITLES.body);
      }
      const historyText = await page.locator('[data-testid="history"]').innerText();
      expect(historyText).toContain(TITLES.body);
      // Import reasons keep the first ~100 characters of the package title, shown literally (no i18n interpolation).
      expect(historyText).toContain(PACKAGE_TITLE.slice(0, 60));
      await expectInert('history panel');
    });

    it('shows backlinks with hostile snippets as text', async () => {
      await openFromExplorer(ids.body);
      await page.keyboard.press('Control+Shift+K');
      const rows = page.locator('[data-testid="backlinks-list"] [data-backlink-source]');
      await page.locator(`[data-testid="backlinks-list"] [data-backlink-source="${ids.hub}"]`).waitFor();
      await page.locator(`[data-testid="backlinks-list"] [data-backlink-source="${ids.target}"]`).waitFor();
      const hubRow = await page.locator(`[data-backlink-source="${ids.hub}"]`).innerText();
      expect(hubRow).toContain(TITLES.hub);
      // The service strips HTML tags from snippets; the text around them is still there, as text.
      expect(hubRow).toContain(`alert('backlink-snippet')`);
      for (let i = 0; i < (await rows.count()); i++) {
        await rows.nth(i).hover();
        await expectInert(`backlink row ${i} hover`);
      }
      await page.locator(`[data-backlink-source="${ids.hub}"]`).click();
      await expect.poll(() => title().inputValue()).toBe(TITLES.hub);
      await expectInert('backlinks panel');
    });

    it('finds the notes by the payload words in the Search view and shows them as text', async () => {
      await page.keyboard.press('Control+Shift+F');
      const input = page.locator('[data-testid="search-input"]');
      await input.waitFor();
      for (const q of [SEARCH_WORD, 'script', 'onerror', 'javascript', 'iframe', '"window.__pwned"']) {
        await input.fill(q);
        const hits = page.locator('[data-testid="search-results"] [data-note-id]');
        await expect.poll(() => hits.count(), { timeout: 10_000 }).toBeGreaterThan(0);
        await expectInert(`search "${q}"`);
        const text = await page.locator('[data-testid="search-results"]').innerText();
        expect(Object.values(TITLES).some((t) => text.includes(t))).toBe(true);
      }
      await input.fill(SEARCH_WORD);
      const hits = page.locator('[data-testid="search-results"] [data-note-id]');
      await expect.poll(() => hits.count()).toBeGreaterThanOrEqual(3);
      for (const id of Object.values(ids)) {
        // The list may re-render under the pointer (it refreshes on note changes): click until that note is active.
        await expect
          .poll(async () => {
            await page.locator(`[data-testid="search-results"] [data-note-id="${id}"]`).click();
            return page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab-id');
          })
          .toBe(`note:${id}`);
        await expectInert(`search result ${id}`);
      }
    });

    it('lists the notes by title and alias in quick open as text', async () => {
      const palette = page.locator('[data-testid="command-palette"]');
      for (const q of [SEARCH_WORD, 'Hostile body', 'alias', HOSTILE_ALIAS.slice(0, 20)]) {
        await page.keyboard.press('Control+P');
        await expect.poll(() => palette.isVisible()).toBe(true);
        await palette.locator('input').fill(q);
        const rows = palette.locator('[data-note-id]');
        await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
        await expectInert(`quick open "${q}"`);
        for (let i = 0; i < Math.min(8, await rows.count()); i++) await rows.nth(i).hover();
        await expectInert(`quick open "${q}" hovered`);
        const text = await palette.innerText();
        expect(Object.values(TITLES).some((t) => text.includes(t)) || text.includes(HOSTILE_ALIAS)).toBe(true);
        await palette.locator('input').press('Enter');
        await expect.poll(() => palette.isVisible()).toBe(false);
        await expectInert(`quick open "${q}" opened`);
      }
    });

    it('shows the hostile member as text in the Members view', async () => {
      await page.keyboard.press('Control+Shift+M');
      const members = page.locator('[data-testid="members"]');
      await members.waitFor();
      await expect.poll(() => members.innerText()).toContain(HOSTILE_MEMBER);
      const row = members.locator('[data-member-id]', { hasText: 'Mallory' }).first();
      await row.click();
      await expectInert('members view');
    });

    it('made no request outside the workbench during the whole session', async () => {
      expect(canaryHits.slice(hitsBefore)).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
      expect(importedBody).toContain(canaryUrl);
    });
  });
}
