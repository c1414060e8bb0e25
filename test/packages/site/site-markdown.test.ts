// renderNoteMarkdown and the link policy: Markdown features as HTML, wikilinks through hooks, every unsafe construct inert.
import { describe, expect, it } from 'vitest';
import { renderNoteMarkdown } from '../../../src/node/packages/site/site-markdown';
import type { SiteLinkHooks } from '../../../src/node/packages/site/site-markdown';
import { attachmentFileName, isActiveContent, siteSlug } from '../../../src/node/packages/site/site-names';
import { safeExternalHref } from '../../../src/node/packages/site/site-url';

const hooks = (pages: Record<number, string> = {}): SiteLinkHooks => ({
  wikiHref: (i) => pages[i] ?? null,
  isAttachmentUrl: (url) => url.startsWith('attachments/'),
  attachment: (url) => (url === 'attachments/ok-1/pic.png' ? { href: '../files/pic.png', image: true } : null),
});

describe('note Markdown → site HTML', () => {
  it('renders headings with ids, lists, task lists, emphasis, code, tables, quotes, rules and images', () => {
    const md = [
      '# Intro',
      '## Intro',
      'Text with *em*, **strong**, ~~gone~~, `code` and a  ',
      'hard break.',
      '',
      '- [x] done',
      '- [ ] todo',
      '',
      '3. three',
      '4. four',
      '',
      '> quoted',
      '',
      '---',
      '',
      '| Left | Right |',
      '|:-----|------:|',
      '| a    | b     |',
      '',
      '```',
      'if (a < b) {}',
      '```',
      '',
      '![pic](attachments/ok-1/pic.png "Title")',
    ].join('\n');
    const { html, text } = renderNoteMarkdown(md, hooks());
    expect(html).toContain('<h2 id="h-intro">Intro</h2>');
    expect(html).toContain('<h3 id="h-intro-2">Intro</h3>');
    expect(html).toContain('<em>em</em>, <strong>strong</strong>, <del>gone</del>, <code>code</code>');
    expect(html).toContain('<br>');
    expect(html).toContain('<li class="task"><span class="tick">☑</span> done</li>');
    expect(html).toContain('<li class="task"><span class="tick">☐</span> todo</li>');
    expect(html).toContain('<ol start="3"><li>three</li>');
    expect(html).toContain('<blockquote><p>quoted</p>');
    expect(html).toContain('<hr>');
    expect(html).toContain('<th class="align-left">Left</th><th class="align-right">Right</th>');
    expect(html).toContain('<pre><code>if (a &#60; b) {}</code></pre>');
    expect(html).toContain('<img src="../files/pic.png" alt="pic" title="Title" loading="lazy">');
    expect(text).toContain('Text with em, strong');
  });

  it('turns wikilinks into page links or marked plain text, also inside tables, never inside code', () => {
    const md = 'See [[A]] and [[B|bee]].\n\n| x | y |\n|---|---|\n| [[A|alias]] | `[[A]]` |\n\n[outer [[A]]](https://example.org)';
    const { html } = renderNoteMarkdown(md, hooks({ 0: 'a.html', 2: 'a.html#h-top', 3: 'a.html' }));
    expect(html).toContain('See <a class="wikilink" href="a.html">A</a> and <span class="wikilink unresolved" title="Not in this export">bee<sup class="marker">?</sup></span>.');
    expect(html).toContain('<td><a class="wikilink" href="a.html#h-top">alias</a></td><td><code>[[A]]</code></td>');
    // No link inside a link: the inner wikilink shows as text.
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer nofollow">outer <span class="wikilink unresolved"');
  });

  it('makes raw HTML, dangerous schemes and forged placeholders inert', () => {
    const md = [
      '<script>alert(1)</script>',
      '',
      'Inline <img src=x onerror=alert(1)> and <iframe src="javascript:alert(1)"></iframe>',
      '',
      '[a](javascript:alert(1)) [b](data:text/html,hi) [c](vbscript:x) [d](file:///etc/passwd) [e](//evil.example/x) [f](java&#10;script:alert(1))',
      '',
      '![i](data:image/png;base64,AAAA) ![j](attachments/missing-1/x.png)',
      '',
      '\uE0000\uE001 [[A]]',
    ].join('\n');
    const { html } = renderNoteMarkdown(md, hooks({ 0: 'a.html' }));
    expect(html).not.toMatch(/<(script|img|iframe)/);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).not.toMatch(/href="(?!a\.html)/);
    expect(html.match(/class="link dropped"/g)).toHaveLength(6);
    expect(html).toContain('<span class="image-alt">[i]</span>');
    expect(html).toContain('<span class="image-alt">[j]</span>');
    // A private-use placeholder typed in the note cannot fake a link: only the real [[A]] becomes one.
    expect(html.match(/class="wikilink"/g)).toHaveLength(1);
  });

  it('allows only http(s) with a host and mailto as outbound links', () => {
    expect(safeExternalHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeExternalHref('HTTP://Example.org')).toBe('http://example.org/');
    expect(safeExternalHref('mailto:a@example.org')).toBe('mailto:a@example.org');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'https://user:pw@example.org/', 'java\tscript:x', 'relative/page.html', '//evil.example', 'https://exa mple.org']) {
      expect(safeExternalHref(bad), bad).toBeNull();
    }
  });

  it('makes safe slugs and file names and flags active content', () => {
    expect(siteSlug('Katalogisasi & Metadata', 'x')).toBe('katalogisasi-metadata');
    expect(siteSlug('../../etc/passwd', 'x')).toBe('etc-passwd');
    expect(siteSlug('CON', 'x')).toBe('_con');
    expect(siteSlug('???', 'note')).toBe('note');
    expect(attachmentFileName('My Photo.JPG')).toEqual(['my-photo', '.jpg']);
    expect(attachmentFileName('..\\..\\evil.png')).toEqual(['evil', '.png']);
    expect(isActiveContent('a.svg', 'image/svg+xml')).toBe(true);
    expect(isActiveContent('a.png', 'text/html')).toBe(true);
    expect(isActiveContent('page.HTM', 'application/octet-stream')).toBe(true);
    expect(isActiveContent('a.png', 'image/png')).toBe(false);
  });
});
