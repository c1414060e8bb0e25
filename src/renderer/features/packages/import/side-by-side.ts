// Side-by-side diff rows (mine | theirs) from jsdiff's line diff, with word-level marks inside changed lines and
// long unchanged runs folded to a few lines of context. Pure: no DOM, unit-tested.
import { diffLines, diffWordsWithSpace } from 'diff';

/** A piece of one line; `changed` marks the words that differ from the other side. */
export interface Segment {
  text: string;
  changed: boolean;
}

export interface DiffLine {
  no: number;
  segments: Segment[];
}

export type DiffRow =
  | { kind: 'same' | 'changed' | 'removed' | 'added'; left: DiffLine | null; right: DiffLine | null }
  | { kind: 'fold'; count: number };

/** Lines longer than this are marked as a whole instead of word by word (word diff is quadratic). */
const WORD_DIFF_MAX = 2000;
/** Line diff budget; beyond it both sides are shown whole (mine removed, theirs added). */
const LINE_DIFF_TIMEOUT_MS = 1500;

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function whole(text: string, changed: boolean): Segment[] {
  return [{ text, changed }];
}

/** Word-level segments of a changed line pair: what only mine has is marked on the left, what only theirs has on the right. */
export function wordSegments(mine: string, theirs: string): { left: Segment[]; right: Segment[] } {
  if (mine.length > WORD_DIFF_MAX || theirs.length > WORD_DIFF_MAX) return { left: whole(mine, true), right: whole(theirs, true) };
  const left: Segment[] = [];
  const right: Segment[] = [];
  for (const part of diffWordsWithSpace(mine, theirs)) {
    if (!part.added) left.push({ text: part.value, changed: part.removed });
    if (!part.removed) right.push({ text: part.value, changed: part.added });
  }
  return { left, right };
}

/** Aligned rows: unchanged lines side by side, a removed run paired line by line with the added run that follows it. */
export function sideBySide(mine: string, theirs: string): DiffRow[] {
  const parts = diffLines(mine, theirs, { timeout: LINE_DIFF_TIMEOUT_MS }) ?? [
    { value: mine, removed: true, added: false, count: 0 },
    { value: theirs, removed: false, added: true, count: 0 },
  ];
  const rows: DiffRow[] = [];
  let leftNo = 0;
  let rightNo = 0;
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const n = Math.max(removed.length, added.length);
    for (let i = 0; i < n; i++) {
      const l = removed[i];
      const r = added[i];
      if (l !== undefined && r !== undefined) {
        const { left, right } = wordSegments(l, r);
        rows.push({ kind: 'changed', left: { no: ++leftNo, segments: left }, right: { no: ++rightNo, segments: right } });
      } else if (l !== undefined) {
        rows.push({ kind: 'removed', left: { no: ++leftNo, segments: whole(l, true) }, right: null });
      } else if (r !== undefined) {
        rows.push({ kind: 'added', left: null, right: { no: ++rightNo, segments: whole(r, true) } });
      }
    }
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) removed.push(...splitLines(part.value));
    else if (part.added) added.push(...splitLines(part.value));
    else {
      flush();
      for (const line of splitLines(part.value)) {
        rows.push({ kind: 'same', left: { no: ++leftNo, segments: whole(line, false) }, right: { no: ++rightNo, segments: whole(line, false) } });
      }
    }
  }
  flush();
  return rows;
}

/** Replaces unchanged runs farther than `context` lines from any change with one fold row (count of hidden lines). */
export function foldUnchanged(rows: DiffRow[], context = 3): DiffRow[] {
  const near = new Array<boolean>(rows.length).fill(false);
  rows.forEach((row, i) => {
    if (row.kind === 'same' || row.kind === 'fold') return;
    for (let j = Math.max(0, i - context); j <= Math.min(rows.length - 1, i + context); j++) near[j] = true;
  });
  const out: DiffRow[] = [];
  let hidden = 0;
  rows.forEach((row, i) => {
    if (row.kind === 'same' && !near[i]) {
      hidden++;
      return;
    }
    if (hidden > 0) out.push({ kind: 'fold', count: hidden });
    hidden = 0;
    out.push(row);
  });
  if (hidden > 0) out.push({ kind: 'fold', count: hidden });
  return out;
}

/** True when the two texts differ in anything but the final newline. */
export function differs(a: string, b: string): boolean {
  return a.replace(/\n$/, '') !== b.replace(/\n$/, '');
}
