// Guidance Markdown renders as text: raw HTML is escaped and only http(s) links become anchors.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from './MarkdownText';

const html = (text: string) => renderToStaticMarkup(createElement(MarkdownText, { text }));

describe('MarkdownText', () => {
  it('renders paragraphs, lists and emphasis', () => {
    const out = html('Run **short** sessions.\n\n- one\n- two');
    expect(out).toContain('<strong>short</strong>');
    expect(out).toContain('<li><p>one</p></li>');
  });
  it('never renders raw HTML or script links', () => {
    const out = html('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1)) [ok](https://example.org)');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;');
    expect(out).not.toContain('javascript:');
    expect(out).toContain('href="https://example.org"');
  });
});
