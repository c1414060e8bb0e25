// Applies non-overlapping text replacements by source offsets (later edits that overlap an earlier one are dropped).
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

export function applyEdits(source: string, edits: SourceEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += source.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + source.slice(pos);
}

/** Offset of the "]" closing the label that opens at `open` ("[" position), honouring escapes and nesting; -1 if none. */
export function labelEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Rewrites the destination of an inline image or link `![alt](url "title")` / `[text](url)`, keeping its label source. */
export function replaceDestination(nodeSource: string, newUrl: string, title: string | null): string | null {
  const open = nodeSource.indexOf('[');
  const close = labelEnd(nodeSource, open);
  if (open < 0 || close < 0 || nodeSource[close + 1] !== '(') return null;
  const dest = /[\s()<>]/.test(newUrl) ? `<${newUrl}>` : newUrl;
  const t = title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
  return `${nodeSource.slice(0, close + 1)}(${dest}${t})`;
}
