// Splits a GFM table row into cell texts: "|" inside [[wikilinks]], `code` or escaped as \| does not split.

export const TABLE_ROW = /^\|(.+)\|\s*$/;
export const TABLE_DIVIDER = /^\|(\s*:?-+:?\s*\|)+\s*$/;

export function splitTableRow(line: string): string[] | null {
  const m = TABLE_ROW.exec(line);
  if (!m) return null;
  const inner = m[1];
  const cells: string[] = [];
  let current = '';
  let inLink = false;
  let inCode = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\' && inner[i + 1] === '|') {
      current += '\\|';
      i++;
      continue;
    }
    if (!inCode && c === '[' && inner[i + 1] === '[') inLink = true;
    if (inLink && c === ']' && inner[i + 1] === ']') inLink = false;
    if (c === '`') inCode = !inCode;
    if (c === '|' && !inLink && !inCode) {
      cells.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  cells.push(current.trim());
  return cells;
}
