// Splits long Markdown into independently parseable pieces (mdast parsing slows down badly on long documents with lists).

const TARGET = 8_000;

/**
 * Cuts the text at block boundaries only: a blank line followed by an unindented line, outside fenced code, once a
 * piece has reached about TARGET characters. Short texts come back whole. Joining the pieces gives the text back.
 */
export function markdownChunks(markdown: string): string[] {
  if (markdown.length <= TARGET) return [markdown];
  const chunks: string[] = [];
  const lines = markdown.split(/(?<=\n)/);
  let fence: string | null = null;
  let current = '';
  let previousBlank = false;
  for (const line of lines) {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null && previousBlank && current.length >= TARGET && /^[^\s]/.test(line) && !open) {
      chunks.push(current);
      current = '';
    }
    if (fence !== null) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = null;
    } else if (open) {
      fence = open[1];
    }
    current += line;
    previousBlank = line.trim() === '';
  }
  if (current) chunks.push(current);
  return chunks;
}
