// Escaping user text for the Markdown report: inline text, table cells, wikilinks, and nested rich text.

/** Plain text as one line of inert Markdown: no emphasis, links, HTML, or block markers. */
export function escapeMarkdownInline(text: string): string {
  const oneLine = text.replace(/\r\n?|\n/g, ' ');
  const escaped = oneLine.replace(/[\\`*_[\]<>|~&!{}]/g, (c) => `\\${c}`);
  // Block markers only matter at the start of a line: headings, quotes, list bullets, numbered lists, setext.
  return escaped.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Text for a GFM table cell (pipes are already escaped by escapeMarkdownInline). */
export function markdownCell(text: string): string {
  const escaped = escapeMarkdownInline(text).trim();
  return escaped === '' ? ' ' : escaped;
}

/** A [[wikilink]] to a note title, or the escaped title when it cannot be written as one. */
export function wikiLink(title: string): string {
  if (/[[\]|#\n\r]/.test(title) || title.trim() === '') return escapeMarkdownInline(title);
  return `[[${title.trim()}]]`;
}


/**
 * A rich-text (Markdown) value placed under a report heading: its ATX headings are pushed `shift` levels down
 * (capped at 6) so they nest under the field, outside fenced code blocks.
 */
export function nestMarkdown(markdown: string, shift: number): string {
  let fence: string | null = null;
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line) => {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = null;
        return line;
      }
      if (open) {
        fence = open[1];
        return line;
      }
      return line.replace(/^( {0,3})(#{1,6})(?=\s|$)/, (_m, indent: string, hashes: string) => `${indent}${'#'.repeat(Math.min(6, hashes.length + shift))}`);
    })
    .join('\n')
    .trim();
}
