// Rich text for the Markdown report: raw HTML in it is escaped so it shows as text instead of being rendered.
import type { Nodes } from 'mdast';
import { markdownChunks } from '../markdown/markdown-chunks';
import { parseMarkdown, tooHardToParse } from '../markdown/parse-markdown';

function collect(node: Nodes, out: [number, number][]): void {
  if (node.type === 'html') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) out.push([start, end]);
    return;
  }
  if ('children' in node) for (const child of node.children) collect(child as Nodes, out);
}

/** The Markdown with every `<` of its raw HTML (blocks and inline tags) backslash-escaped; the rest untouched. */
export function escapeRawHtml(markdown: string): string {
  // Too long or too deeply nested to parse in good time: every `<` is escaped (code spans then show a backslash).
  if (tooHardToParse(markdown)) return markdown.replace(/</g, '\\<');
  return markdownChunks(markdown).map(escapeChunk).join('');
}

function escapeChunk(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  const ranges: [number, number][] = [];
  collect(parseMarkdown(markdown), ranges);
  let text = markdown;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
    text = text.slice(0, start) + text.slice(start, end).replace(/</g, '\\<') + text.slice(end);
  }
  return text;
}
