// Rich-text values: safe HTML from Markdown, long texts parsed in pieces, and pathological input kept fast and complete.
import { describe, expect, it } from 'vitest';
import { markdownChunks } from '../../src/node/markdown/markdown-chunks';
import { MAX_PARSED_MARKDOWN } from '../../src/node/markdown/parse-markdown';
import { markdownToSafeHtml } from '../../src/node/markdown/safe-html';
import { escapeRawHtml } from '../../src/node/reports/markdown-raw-html';
import { escapeMarkdownInline, nestMarkdown, wikiLink } from '../../src/node/reports/markdown-escape';

describe('rich text to HTML', () => {
  it('emits escaped HTML for the usual Markdown', () => {
    const html = markdownToSafeHtml('# Goals\n\n1. *one*\n2. ~~two~~\n\n> quote\n\n```\n<x>\n```\n\n---\n\nline  \nbreak', 2);
    expect(html).toContain('<h3>Goals</h3>');
    expect(html).toContain('<ol><li><em>one</em></li><li><del>two</del></li></ol>');
    expect(html).toContain('<blockquote><p>quote</p>\n</blockquote>');
    expect(html).toContain('<pre><code>&#60;x&#62;</code></pre>');
    expect(html).toContain('<hr>');
    expect(html).toContain('line<br>break');
  });

  it('parses long text in pieces at block boundaries and keeps every part', () => {
    const unit = (i: number) => `Paragraph ${i} with **bold**.\n\n- item ${i}\n- other ${i}\n\n| a | b |\n| - | - |\n| ${i} | x |\n\n`;
    const text = Array.from({ length: 200 }, (_, i) => unit(i)).join('') + '```\nfenced\n\nstill fenced\n```\n';
    const chunks = markdownChunks(text);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(text);
    const html = markdownToSafeHtml(text);
    expect(html.match(/<strong>bold<\/strong>/g)).toHaveLength(200);
    expect(html.match(/<table>/g)).toHaveLength(200);
    expect(html).toContain('<li>item 199</li>');
    expect(html).toContain('<pre><code>fenced\n\nstill fenced</code></pre>');
  });

  it('never cuts inside a fenced code block', () => {
    const text = `${'word '.repeat(2000)}\n\n\`\`\`\n${'code line\n\nunindented\n'.repeat(1000)}\`\`\`\n\nafter\n`;
    for (const chunk of markdownChunks(text)) expect((chunk.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('prints text that is too long or too deeply nested as plain text, quickly and completely', () => {
    const started = Date.now();
    const deep = markdownToSafeHtml(`${'> '.repeat(3000)}deep <b>x</b>`);
    expect(deep).toContain('deep &#60;b&#62;x&#60;/b&#62;');
    expect(deep.startsWith('<pre class="plain">')).toBe(true);
    const long = markdownToSafeHtml(`<script>x</script> ${'a'.repeat(MAX_PARSED_MARKDOWN)}`);
    expect(long.startsWith('<pre class="plain">&#60;script&#62;x&#60;/script&#62; aaa')).toBe(true);
    expect(escapeRawHtml(`${'> '.repeat(3000)}<b>x</b>`)).toContain('\\<b>x\\</b>');
    expect(Date.now() - started).toBeLessThan(5_000);
    // Nesting a little over the render depth limit still shows the innermost text.
    expect(markdownToSafeHtml(`${'> '.repeat(30)}inner words`)).toContain('inner words');
  });
});

describe('Markdown escaping helpers', () => {
  it('escapes inline text and block markers', () => {
    expect(escapeMarkdownInline('# title')).toBe('\\# title');
    expect(escapeMarkdownInline('1. one')).toBe('1\\. one');
    expect(escapeMarkdownInline('- dash')).toBe('\\- dash');
    expect(escapeMarkdownInline('a|b *c* [d](e) <f> & two\nlines')).toBe('a\\|b \\*c\\* \\[d\\](e) \\<f\\> \\& two lines');
  });

  it('writes wikilinks only for titles that can be one', () => {
    expect(wikiLink('Circulation charter')).toBe('[[Circulation charter]]');
    expect(wikiLink('a|b')).toBe('a\\|b');
    expect(wikiLink('x]]y')).toBe('x\\]\\]y');
  });

  it('nests headings outside fenced code only', () => {
    expect(nestMarkdown('# A\n```\n# not a heading\n```\n###### B', 3)).toBe('#### A\n```\n# not a heading\n```\n###### B');
  });
});
