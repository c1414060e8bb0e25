// packages.exportHtml / copw export-html: the static mini-site has every page, working links, copied images, and renders hostile notes inert.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../../src/node/transport/in-process';
import { copw } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { openServices } from '../../helpers/workspace';
import { hostileWorkspace, HOSTILE_TITLE, PNG_1X1, TARGET_TITLE } from './site-fixture';

const tempDir = useTempDirs();

function htmlFiles(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) visit(join(dir, e.name));
      else if (e.name.endsWith('.html')) out.push(join(dir, e.name));
    }
  };
  visit(root);
  return out.sort();
}

function attrs(html: string, name: 'href' | 'src'): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1].replace(/&#38;/g, '&'));
}

async function exportSite(workspace: string, outDir: string, domainNames?: string[]) {
  const services = openServices(workspace);
  try {
    const client = createInProcessClient(services);
    const domains = await client.call('domains.list', {});
    const domainIds = domainNames?.map((n) => domains.find((d) => d.name === n)!.id);
    const result = await client.call('packages.exportHtml', { outDir, domainIds });
    const live = services.db.prepare('SELECT id, title, domain_id FROM notes WHERE deleted_at IS NULL').all() as { id: string; title: string; domain_id: string }[];
    return { result, domains, live };
  } finally {
    services.close();
  }
}

describe('HTML mini-site export', () => {
  it('writes a home page, one page per domain and per note, with links that resolve to files of the site', async () => {
    const { dir } = await hostileWorkspace(tempDir());
    const out = join(tempDir(), 'site');
    const { result, domains, live } = await exportSite(dir, out);
    expect(result).toEqual({ outDir: out, notes: live.length, pages: live.length + domains.length + 1 });
    const pages = htmlFiles(out);
    expect(pages.length).toBe(result.pages);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(readdirSync(join(out, 'domains')).length).toBe(domains.length);
    expect(readdirSync(join(out, 'notes')).length).toBe(live.length);
    for (const f of ['style.css', 'search.js', 'search-index.js']) expect(existsSync(join(out, 'assets', f))).toBe(true);

    const home = readFileSync(join(out, 'index.html'), 'utf8');
    for (const d of domains) expect(home).toContain(`>${d.name}</a>`);
    expect(home).toContain('id="site-search"');

    let internalLinks = 0;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const url of [...attrs(html, 'href'), ...attrs(html, 'src')]) {
        if (/^(https?:|mailto:)/.test(url)) continue;
        const [path, fragment] = url.split('#');
        const target = path ? resolve(dirname(page), decodeURIComponent(path)) : page;
        expect(relative(out, target).startsWith('..'), `${url} in ${page} leaves the site`).toBe(false);
        expect(existsSync(target), `${url} in ${relative(out, page)} points to a missing file`).toBe(true);
        if (fragment) expect(readFileSync(target, 'utf8')).toContain(`id="${fragment}"`);
        internalLinks++;
      }
    }
    expect(internalLinks).toBeGreaterThan(500);

    // The search index lists every note with its page.
    const indexJs = readFileSync(join(out, 'assets', 'search-index.js'), 'utf8');
    const entries = JSON.parse(indexJs.slice(indexJs.indexOf('['), indexJs.lastIndexOf(']') + 1)) as { title: string; url: string; text: string }[];
    expect(entries.map((e) => e.title).sort()).toEqual(live.map((n) => n.title).sort());
    for (const e of entries) expect(existsSync(join(out, decodeURIComponent(e.url)))).toBe(true);
    const desk = entries.find((e) => e.title === TARGET_TITLE)!;
    expect(desk.text).toContain('Budi checks every returned item');
    expect(desk.text).not.toContain('###');
  });

  it('renders note pages with metadata, wikilinks to pages and headings, backlinks and copied images only', async () => {
    const { dir } = await hostileWorkspace(tempDir());
    const out = join(tempDir(), 'site');
    await exportSite(dir, out);
    const hostile = readFileSync(join(out, 'notes', 'hostile-note-img-src-x-onerror-alert-1.html'), 'utf8');
    expect(hostile).toContain('<a class="wikilink" href="checking-damaged-returns-at-the-desk.html">Checking damaged returns at the desk</a>');
    expect(hostile).toContain('<a class="wikilink" href="checking-damaged-returns-at-the-desk.html">the desk check</a>');
    expect(hostile).toContain('href="checking-damaged-returns-at-the-desk.html#h-why-it-matters"');
    expect(hostile).toMatch(/<span class="wikilink unresolved"[^>]*>No such note anywhere<sup class="marker">/);
    expect(hostile).toContain('<img src="../files/photo.png" alt="a photo" loading="lazy">');
    expect(hostile).toContain('<span class="tick">☑</span> done task');
    expect(readFileSync(join(out, 'files', 'photo.png'))).toEqual(PNG_1X1);
    // Only referenced, inert attachments are copied: not the unused PDF, never the SVG.
    expect(readdirSync(join(out, 'files'))).toEqual(['photo.png']);

    const desk = readFileSync(join(out, 'notes', 'checking-damaged-returns-at-the-desk.html'), 'utf8');
    expect(desk).toContain('<h1>Checking damaged returns at the desk</h1>');
    expect(desk).toContain('<dt>Kind</dt><dd>technique</dd>');
    expect(desk).toContain('<dt>Stage</dt><dd>apply</dd>');
    expect(desk).toContain('<span class="tag">#returns</span>');
    expect(desk).toContain('<dt>Authors</dt><dd>Budi Santoso</dd>');
    expect(desk).toContain('<time datetime="2026-09-02T09:00:00.000Z">2026-09-02</time>');
    expect(desk).toContain('id="h-why-it-matters"');
    // Backlinks include the hostile note (its title escaped).
    expect(desk).toContain('<li><a href="hostile-note-img-src-x-onerror-alert-1.html">Hostile note &#60;img src=x onerror=alert(1)&#62;</a></li>');

    const circulation = readFileSync(join(out, 'domains', 'circulation.html'), 'utf8');
    const titles = [...circulation.matchAll(/<tr><td><a href="[^"]+">([^<]*)<\/a>/g)].map((m) => m[1]);
    expect(titles.length).toBeGreaterThan(5);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(circulation).toMatch(/<td>technique<\/td><td>apply<\/td><td><span class="tag">#damage<\/span>/);
  });

  it('emits no script, frame, SVG, style, event attribute or dangerous URL from a hostile note', async () => {
    const { dir } = await hostileWorkspace(tempDir());
    const out = join(tempDir(), 'site');
    await exportSite(dir, out);
    for (const page of htmlFiles(out)) {
      const html = readFileSync(page, 'utf8');
      const root = relative(dirname(page), out) ? '../' : '';
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39;;`);
      expect([...html.matchAll(/<script[^>]*>/gi)].map((m) => m[0])).toEqual([
        `<script src="${root}assets/search-index.js">`,
        `<script src="${root}assets/search.js">`,
      ]);
      expect(html).not.toMatch(/<(iframe|svg|style|object|embed|form|base|math)[\s>]/i);
      expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      for (const src of attrs(html, 'src')) expect(src).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i);
      for (const href of attrs(html, 'href')) {
        expect(href).not.toMatch(/^\s*(javascript|data|vbscript|file):/i);
        expect(href).not.toMatch(/^\/\//);
      }
      // External URLs appear only as outbound <a> links (never loaded): stylesheet and scripts are local.
      for (const m of html.matchAll(/<(link|script|img)\b[^>]*>/gi)) expect(m[0]).not.toMatch(/(https?:|\/\/)/);
    }
    const hostile = readFileSync(join(out, 'notes', 'hostile-note-img-src-x-onerror-alert-1.html'), 'utf8');
    expect(hostile).toContain('&#60;script&#62;window.pwnedScript = 1; alert(&#39;script&#39;)&#60;/script&#62;');
    expect(hostile).toContain('&#60;iframe src=&#34;https://evil.example/frame&#34;');
    expect(hostile).toContain('&#60;style&#62;');
    expect(hostile).toContain('<title>Hostile note &#60;img src=x onerror=alert(1)&#62; ·');
    expect(hostile).toContain('<span class="link dropped" title="Link removed">js</span>');
    expect(hostile).toContain('<span class="link dropped" title="Link removed">ref link</span>');
    expect(hostile).toContain('<span class="link dropped" title="Link removed">rel</span>');
    expect(hostile).toContain('<span class="image-alt">[data img]</span>');
    expect(hostile).toContain('<a href="https://evil.example/track.png" rel="noopener noreferrer nofollow"><span class="image-alt">[tracker]</span></a>');
    expect(hostile).toContain('<a href="https://example.org/page?a=1&#38;b=2" rel="noopener noreferrer nofollow">outside</a>');
    expect(hostile).toContain('<a href="mailto:someone@example.org" rel="noopener noreferrer nofollow">mail</a>');
    expect(hostile).toContain('<span class="link missing" title="Attachment not in this export">the svg</span>');
    expect(hostile).toContain('<code>&#60;script&#62;alert(&#39;code&#39;)&#60;/script&#62;</code>');
    expect(hostile).not.toContain('evil.svg');
    expect(readFileSync(join(out, 'assets', 'search-index.js'), 'utf8')).not.toMatch(/<\/?script/i);
  });

  it('exports only the chosen domains; links into other domains show as unresolved text', async () => {
    const { dir } = await hostileWorkspace(tempDir());
    const out = join(tempDir(), 'site');
    const { result, live, domains } = await exportSite(dir, out, ['Circulation', 'Shelving']);
    const ids = new Set(domains.filter((d) => d.name === 'Circulation' || d.name === 'Shelving').map((d) => d.id));
    expect(result.notes).toBe(live.filter((n) => ids.has(n.domain_id)).length);
    expect(readdirSync(join(out, 'domains')).sort()).toEqual(['circulation.html', 'shelving.html']);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).not.toContain('Cataloguing');
    // "Spine label misprints" (Cataloguing) is linked from the desk check note: now plain text with a marker.
    const desk = readFileSync(join(out, 'notes', 'checking-damaged-returns-at-the-desk.html'), 'utf8');
    expect(desk).toMatch(/<span class="wikilink unresolved"[^>]*>Spine label misprints<sup class="marker">\?<\/sup><\/span>/);
    expect(desk).not.toContain('spine-label-misprints.html');
  });

  it('refuses a non-empty folder or an unknown domain and writes nothing', async () => {
    const { dir } = await hostileWorkspace(tempDir());
    const busy = join(tempDir(), 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'keep.txt'), 'mine');
    const services = openServices(dir);
    try {
      const client = createInProcessClient(services);
      await expect(client.call('packages.exportHtml', { outDir: busy })).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(readdirSync(busy)).toEqual(['keep.txt']);
      const fresh = join(tempDir(), 'fresh');
      await expect(client.call('packages.exportHtml', { outDir: fresh, domainIds: ['00000000-0000-4000-8000-000000000000'] })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(existsSync(fresh)).toBe(false);
    } finally {
      services.close();
    }
  });

  it('copw export-html writes the site for the named domains and reports errors on stderr', async () => {
    const { dir } = await hostileWorkspace(tempDir());
    const out = join(tempDir(), 'cli-site');
    const r = copw(['export-html', out, '--workspace', dir, '--domain', 'Circulation', '--domain', 'shelving', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { outDir: string; notes: number; pages: number };
    expect(json.outDir).toBe(out);
    expect(json.pages).toBe(json.notes + 3);
    expect(readdirSync(join(out, 'domains')).sort()).toEqual(['circulation.html', 'shelving.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(`${json.notes > 0 ? 'Circulation' : ''}`);
    expect(existsSync(join(out, 'notes', 'hostile-note-img-src-x-onerror-alert-1.html'))).toBe(true);
    expect(readFileSync(join(out, 'notes', 'hostile-note-img-src-x-onerror-alert-1.html'), 'utf8')).toContain(HOSTILE_TITLE.replace('<', '&#60;').replace('>', '&#62;'));

    const again = copw(['export-html', out, '--workspace', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error CONFLICT: Export folder is not empty: /);
    const unknown = copw(['export-html', join(tempDir(), 'x'), '--workspace', dir, '--domain', 'Nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('error NOT_FOUND: No domain named "Nope"\n');
  });
});
