// Fast code-range finder for plain notes (top-level fences, inline code); returns null whenever mdast is needed to be sure.
import type { Range } from './markdown-scan';

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSE_RE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const AMBIGUOUS_LINE_RE = /^(?:\t| {4})|^ {0,3}>|^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]+(?:`{3,}|~{3,})/;

/** Inline code spans in one block of text starting at `offset`: a backtick run closed by the next run of the same length. */
function inlineSpans(text: string, offset: number, out: Range[]): void {
  const runs: { at: number; len: number }[] = [];
  for (const m of text.matchAll(/`+/g)) {
    const at = m.index ?? 0;
    let slashes = 0;
    for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
    // An escaped backtick starts the run one later (only outside code; good enough to bail out instead).
    if (slashes % 2 === 1) return void out.push({ start: -1, end: -1 });
    runs.push({ at, len: m[0].length });
  }
  for (let i = 0; i < runs.length; i++) {
    const j = runs.findIndex((r, k) => k > i && r.len === runs[i].len);
    if (j < 0) continue;
    out.push({ start: offset + runs[i].at, end: offset + runs[j].at + runs[j].len });
    i = j;
  }
}

export function fastCodeRanges(text: string): Range[] | null {
  if (/<[A-Za-z!/?]/.test(text)) return null;
  const ranges: Range[] = [];
  let fence: { char: string; len: number; start: number } | null = null;
  let block: { start: number; end: number } | null = null;
  const flush = () => {
    if (block) inlineSpans(text.slice(block.start, block.end), block.start, ranges);
    block = null;
  };
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    if (fence) {
      const c = CLOSE_RE.exec(line);
      if (c && c[1][0] === fence.char && c[1].length >= fence.len) {
        ranges.push({ start: fence.start, end });
        fence = null;
      }
    } else if (line.trim() === '') {
      flush();
    } else if (AMBIGUOUS_LINE_RE.test(line) || (line.includes('`') && line.includes('|'))) {
      return null;
    } else {
      const f = FENCE_RE.exec(line);
      if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
        flush();
        fence = { char: f[1][0], len: f[1].length, start: pos };
      } else if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) {
        flush();
        inlineSpans(line, pos, ranges);
      } else if (block && !/^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(line)) block.end = end;
      else {
        flush(); // a list item starts a new block: code spans do not cross items
        block = { start: pos, end };
      }
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  if (fence) ranges.push({ start: fence.start, end: text.length });
  flush();
  if (ranges.some((r) => r.start < 0)) return null;
  return ranges.sort((a, b) => a.start - b.start);
}
