// The shared safe Markdown renderer against hostile input: every tag and attribute it writes is on an allowlist, no
// script, frame, SVG or event attribute passes, and no javascript:/data:/vbscript: URL survives in any link form,
// even when a caller's hooks trust every URL.
import { describe, expect, it } from 'vitest';
import { tooHardToParse } from '../../../src/node/markdown/parse-markdown';
import { isLocalSrc, isSafeHref } from '../../../src/node/markdown/safe-href';
import { markdownToSafeHtml, renderSafeMarkdown } from '../../../src/node/markdown/safe-html';
import type { SafeMarkdownHooks } from '../../../src/node/markdown/safe-html';
import { renderNoteMarkdown } from '../../../src/node/packages/site/site-markdown';

const TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br', 'a', 'img', 'span', 'sup', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const ATTRS = new Set(['href', 'src', 'alt', 'title', 'id', 'class', 'rel', 'loading', 'start']);
const TAG_RE = /<(\/?)([a-z][a-z0-9]*)((?: [a-z-]+(?:="[^"<>]*")?)*)>/y;
const ATTR_RE = / ([a-z-]+)(?:="([^"]*)")?/g;

interface Tag {
  name: string;
  attrs: Record<string, string>;
}

/** How a browser reads an attribute value we wrote (we only ever write numeric character references). */
const decode = (v: string): string => v.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)));

/**
 * Reads the output as the renderer's own strict grammar: every `<` must open or close an allowlisted tag whose
 * attributes are allowlisted and double-quoted. Anything else (a raw `<` from the input) fails the test.
 */
function tagsOf(html: string): Tag[] {
  const out: Tag[] = [];
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    TAG_RE.lastIndex = at;
    const m = TAG_RE.exec(html);
    expect(m, `unexpected markup at: ${html.slice(at, at + 80)}`).not.toBeNull();
    if (!m) continue;
    expect(TAGS.has(m[2]), `tag <${m[2]}>`).toBe(true);
    const attrs: Record<string, string> = {};
    for (const a of m[3].matchAll(ATTR_RE)) {
      expect(ATTRS.has(a[1]), `attribute ${a[1]} on <${m[2]}>`).toBe(true);
      attrs[a[1]] = decode(a[2] ?? '');
    }
    if (!m[1]) out.push({ name: m[2], attrs });
  }
  // No character that could end an attribute or start markup outside our own tags.
  expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/["'`<>]/);
  return out;
}

const BAD_SCHEME = /^(javascript|data|vbscript|file|blob|about|jar):/i;

/** Checks the grammar and every URL; returns the tags for further checks. */
function assertSafe(html: string): Tag[] {
  const tags = tagsOf(html);
  for (const t of tags) {
    for (const key of ['href', 'src'] as const) {
      const v = t.attrs[key];
      if (v === undefined) continue;
      const squeezed = v.replace(/[\u0000-\u0020\u007f]/g, '');
      expect(squeezed, `${key}=${v}`).not.toMatch(BAD_SCHEME);
      expect(v.startsWith('//'), `${key}=${v}`).toBe(false);
      expect(v).not.toMatch(/[\s\\]/);
    }
    if (t.name === 'img') expect(t.attrs.src, 'images load only relative files').not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
  }
  return tags;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '',
  'Inline <img src=x onerror=alert(1)> and <b onclick="alert(1)">bold</b> and <a href="javascript:alert(1)">raw a</a>.',
  '',
  '<svg onload=alert(1)><script>alert(2)</script><foreignObject><iframe src="javascript:alert(3)"></iframe></foreignObject></svg>',
  '',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '',
  '<div style="background:url(javascript:alert(1))" onmouseover="alert(1)">styled</div>',
  '',
  '<object data="evil.swf"></object><embed src="evil.swf"><style>body{display:none}</style><base href="https://evil.example/">',
  '',
  '[inline](javascript:alert(1)) [upper](JAVASCRIPT:alert(1)) [entity](&#106;avascript:alert(1)) [hex](&#x6A;avascript&colon;alert(1))',
  '[angle](<javascript:alert(1)>) [tab](<java\tscript:alert(1)>) [nl](java&#10;script:alert(1)) [spaced]( javascript:alert(1) )',
  '[vb](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [file](file:///etc/passwd) [proto](//evil.example/x)',
  '[slash](\\\\evil.example\\x) [ws](https://exa mple.org)',
  '',
  '[full ref][r1] [collapsed][] [shortcut]',
  '',
  '[r1]: javascript:alert(1)',
  '[collapsed]: data:text/html,<script>alert(1)</script>',
  '[shortcut]: vbscript:x',
  '',
  'Autolinks <javascript:alert(1)> <vbscript:x> <data:text/html,hi> and www.example.org and https://example.org/ok',
  '',
  '![data img](data:image/png;base64,AAAA) ![svg img](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E) ![remote](https://evil.example/track.png)',
  '![ref img][i1] ![js img](javascript:alert(1))',
  '',
  '[i1]: data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  '',
  '[![nested](javascript:x)](javascript:y) [ok](https://ok.example "t\\" onmouseover=\\"alert(1)")',
  '',
  'Wikilinks [[javascript:alert(1)]] [[vbscript:x|label]] [[Safe page]]',
  '',
  '# "><img src=x onerror=alert(1)>',
  '',
  'Footnote[^"onclick=alert(1)]',
  '',
  '[^"onclick=alert(1)]: <script>x</script>',
].join('\n');

/** A caller that trusts everything: every URL becomes a loadable image and link, every id is the raw text. */
const trusting: SafeMarkdownHooks = {
  headingShift: 1,
  anchorId: (_kind, text) => text,
  wikiHref: (_i, title) => title,
  url: (url) => ({ href: url, image: true, external: true }),
};

const siteHooks = {
  wikiHref: (_i: number, title: string) => (title === 'Safe page' ? 'safe-page.html' : null),
  isAttachmentUrl: (url: string) => url.startsWith('attachments/'),
  attachment: () => null,
};

describe('safe Markdown renderer: hostile input', () => {
  it('without hooks (the report): only allowlisted tags, no URL, no id, every hostile string shown as text', () => {
    const html = markdownToSafeHtml(HOSTILE, 2);
    const tags = assertSafe(html);
    expect(tags.filter((t) => 'href' in t.attrs || 'src' in t.attrs || 'id' in t.attrs)).toEqual([]);
    expect(tags.some((t) => t.name === 'img' || t.name === 'a')).toBe(false);
    expect(html).toContain('<span class="raw-html">&#60;script&#62;alert(1)&#60;/script&#62;</span>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('&#60;svg onload=alert(1)&#62;');
    expect(html).toContain('&#60;iframe srcdoc=');
    expect(html).toContain('<span class="link">inline</span>');
    expect(html).toContain('<span class="image-alt">[data img]</span>');
    expect(html).toContain('<span class="wikilink">label</span>');
    expect(html).toContain('<h3>&#34;&#62;<span class="raw-html">&#60;img src=x onerror=alert(1)&#62;</span></h3>');
  });

  it('with hooks that trust every URL: the renderer still drops every dangerous one and loads no remote image', () => {
    const html = renderSafeMarkdown(HOSTILE, trusting).html;
    const tags = assertSafe(html);
    const hrefs = tags.flatMap((t) => (t.attrs.href ? [t.attrs.href] : []));
    // What may remain: the http(s) links, the wikilink to a plain title, and in-page anchors.
    for (const href of hrefs) expect(href, href).toMatch(/^(https?:\/\/|Safe page$|#)/);
    expect(hrefs).toContain('https://example.org/ok');
    expect(hrefs).toContain('http://www.example.org');
    // Every dangerous link form is kept as its text, marked as removed.
    for (const text of ['inline', 'upper', 'entity', 'hex', 'angle', 'tab', 'nl', 'spaced', 'vb', 'data', 'file', 'proto', 'slash', 'full ref', 'collapsed', 'shortcut']) {
      expect(html, text).toContain(`<span class="link dropped" title="Link removed">${text}</span>`);
    }
    // Images: nothing loads from a data: or remote URL.
    expect(tags.filter((t) => t.name === 'img')).toEqual([]);
    expect(html).toContain('<span class="image-alt">[data img]</span>');
    expect(html).toContain('<span class="image-alt">[svg img]</span>');
    expect(html).toContain('<a href="https://evil.example/track.png" rel="noopener noreferrer nofollow"><span class="image-alt">[remote]</span></a>');
    // Wikilinks whose "href" is a scheme are unresolved text.
    expect(html).toContain('<span class="wikilink unresolved" title="Not in this export">javascript:alert(1)<sup class="marker">?</sup></span>');
    expect(html).toContain('<span class="wikilink unresolved" title="Not in this export">label<sup class="marker">?</sup></span>');
    // Raw ids and titles are escaped inside their attribute.
    expect(html).toContain('<h2 id="&#34;&#62;&#60;img src=x onerror=alert(1)&#62;">');
    expect(html).toContain('title="t&#34; onmouseover=&#34;alert(1)"');
    // No link inside a link: the outer link of a linked image is the only one.
    expect(html).not.toContain('javascript:x');
  });

  it('with the mini-site hooks: same guarantees, and autolinks outside http(s) stay text', () => {
    const { html, text } = renderNoteMarkdown(HOSTILE, siteHooks);
    const tags = assertSafe(html);
    for (const t of tags) if (t.attrs.href) expect(t.attrs.href).toMatch(/^(https?:\/\/|safe-page\.html$|#[hf][n-])/);
    expect(html).toContain('<a class="wikilink" href="safe-page.html">Safe page</a>');
    expect(text).toContain('Wikilinks javascript:alert(1) label Safe page');
  });

  it('keeps the structure of nested emphasis, tables and code fences while escaping their content', () => {
    const md = [
      '***both*** and *a **b ~~c *d*~~ b** a* and __*x*__',
      '',
      '| Left | Mid | Right |',
      '|:-----|:---:|------:|',
      '| <b>x</b> | `a \\| b` | [[Page]] |',
      '| *em* | **st** | [go](javascript:alert(1)) |',
      '',
      '```"><script>alert(1)</script>',
      '<script>alert(1)</script> [[Page]] ![i](data:x)',
      '```',
      '',
      '~~~',
      '```',
      '~~~',
      '',
      '`<img src=x onerror=alert(1)>` and `[[Page]]`',
    ].join('\n');
    const html = renderSafeMarkdown(md, { wikiHref: () => 'page.html', url: (u) => ({ href: u }) }).html;
    assertSafe(html);
    expect(html).toContain('<em><strong>both</strong></em> and <em>a <strong>b <del>c <em>d</em></del> b</strong> a</em> and <strong><em>x</em></strong>');
    expect(html).toContain('<th class="align-left">Left</th><th class="align-center">Mid</th><th class="align-right">Right</th>');
    expect(html).toContain('<td class="align-left"><span class="raw-html">&#60;b&#62;</span>x<span class="raw-html">&#60;/b&#62;</span></td>');
    expect(html).toContain('<td class="align-center"><code>a | b</code></td><td class="align-right"><a class="wikilink" href="page.html">Page</a></td>');
    expect(html).toContain('<td class="align-right"><span class="link dropped" title="Link removed">go</span></td>');
    // The info string never reaches the output; code keeps wikilinks as written and never links.
    expect(html).toContain('<pre><code>&#60;script&#62;alert(1)&#60;/script&#62; [[Page]] ![i](data:x)</code></pre>');
    expect(html).toContain('<pre><code>&#96;&#96;&#96;</code></pre>');
    expect(html).toContain('<code>&#60;img src=x onerror=alert(1)&#62;</code> and <code>[[Page]]</code>');
    expect(html.match(/class="wikilink"/g)).toHaveLength(1);
  });

  it('does not let placeholder characters typed in the text forge wikilinks', () => {
    const html = renderSafeMarkdown('\uE0000\uE001 \uE000 [[Real]]', { wikiHref: () => 'real.html' }).html;
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('\uFFFD0\uFFFD \uFFFD <a class="wikilink" href="real.html">Real</a>');
  });

  it('shows input that would make the parser quadratic as plain text, quickly', () => {
    const started = Date.now();
    const slow = [
      `${'*'.repeat(5000)}x${'*'.repeat(5000)}`, // 1,000 marks in a row took 0.4 s to parse, 4,000 took 5 s
      `${'_'.repeat(40)}x${'_'.repeat(40)}`,
      `${'['.repeat(5000)}x${'](javascript:y)'.repeat(5000)}`, // 1,000 nested labels took 3.6 s
      `${'[a '.repeat(40)}x${'](javascript:y) '.repeat(40)}`,
      `${'> '.repeat(40)}<script>x</script>`,
      `${'- '.repeat(40)}[a](javascript:b)`,
    ];
    for (const md of slow) {
      expect(tooHardToParse(md)).toBe(true);
      const html = renderSafeMarkdown(md, trusting).html;
      assertSafe(html);
      expect(html.startsWith('<pre class="plain">')).toBe(true);
    }
    expect(Date.now() - started).toBeLessThan(2_000);
    // Ordinary text with many links, emphasis and brackets is still parsed.
    const busy = `${'[a](https://x.org) **b** _c_ [d] '.repeat(300)}\n\n${'[[[a]]]'.repeat(10)}`;
    expect(tooHardToParse(busy)).toBe(false);
    expect(renderSafeMarkdown(busy, trusting).html.match(/<strong>b<\/strong>/g)).toHaveLength(300);
  });
});

describe('safe Markdown renderer: hooks', () => {
  it('shifts headings (capped at h6), makes heading ids unique and links footnotes only with anchorId', () => {
    const md = '# A\n\n# A\n\n###### Six\n\nNote[^1]\n\n[^1]: The note.';
    const plain = renderSafeMarkdown(md, { headingShift: 2 }).html;
    expect(plain).toContain('<h3>A</h3>\n<h3>A</h3>\n<h6>Six</h6>');
    expect(plain).toContain('Note<sup>[1]</sup>');
    expect(plain).toContain('<div class="footnote"><sup>[1]</sup> <p>The note.</p>');
    const anchored = renderSafeMarkdown(md, { anchorId: (kind, text) => `${kind === 'heading' ? 'h' : 'fn'}-${text.toLowerCase()}` }).html;
    expect(anchored).toContain('<h1 id="h-a">A</h1>\n<h1 id="h-a-2">A</h1>\n<h6 id="h-six">Six</h6>');
    expect(anchored).toContain('Note<sup><a href="#fn-1">[1]</a></sup>');
    expect(anchored).toContain('<div class="footnote" id="fn-1">');
  });

  it('shows wikilinks as labels without wikiHref, as unresolved when it answers null, and the text output uses labels', () => {
    const md = 'See [[A]] and [[B|bee]].';
    expect(renderSafeMarkdown(md).html).toBe('<p>See <span class="wikilink">A</span> and <span class="wikilink">bee</span>.</p>');
    const r = renderSafeMarkdown(md, { wikiHref: (i) => (i === 0 ? 'a.html' : null) });
    expect(r.html).toBe('<p>See <a class="wikilink" href="a.html">A</a> and <span class="wikilink unresolved" title="Not in this export">bee<sup class="marker">?</sup></span>.</p>');
    expect(r.text).toBe('See A and bee.');
  });

  it('asks the url hook for links and images and follows its answer', () => {
    const md = '[a](x) [b](y) [c](z) ![local](pic.png) ![file](doc.pdf)';
    const html = renderSafeMarkdown(md, {
      url: (u) =>
        u === 'x' ? { href: 'page.html' } : u === 'y' ? { inert: 'missing', note: 'Gone' } : u === 'z' ? { inert: 'text' } : u === 'pic.png' ? { href: '../files/pic.png', image: true } : { href: '../files/doc.pdf' },
    }).html;
    expect(html).toBe(
      '<p><a href="page.html">a</a> <span class="link missing" title="Gone">b</span> <span class="link">c</span> ' +
        '<img src="../files/pic.png" alt="local" loading="lazy"> <a href="../files/doc.pdf"><span class="image-alt">[file]</span></a></p>',
    );
  });

  it('accepts only http(s), mailto and relative hrefs, and only relative image sources', () => {
    for (const ok of ['https://example.org/a', 'HTTP://x.org', 'mailto:a@example.org', 'page.html', '../files/a%20b.png', '#h-intro', 'a/b:c.html']) expect(isSafeHref(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JavaScript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//evil.example', 'java\tscript:x', 'java\nscript:x', ' javascript:x', 'a\\b', '\u0000javascript:x', '', 'x'.repeat(5000)]) {
      expect(isSafeHref(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isLocalSrc('../files/pic.png')).toBe(true);
    expect(isLocalSrc('https://evil.example/pic.png')).toBe(false);
  });
});
