// Unit tests for the import preview's side-by-side diff rows: alignment, word marks, folding.
import { describe, expect, it } from 'vitest';
import { differs, foldUnchanged, sideBySide, wordSegments, type DiffRow } from './side-by-side';

const text = (row: DiffRow, side: 'left' | 'right') => (row.kind === 'fold' ? null : (row[side]?.segments.map((s) => s.text).join('') ?? null));
const marked = (row: DiffRow, side: 'left' | 'right') =>
  row.kind === 'fold' ? [] : (row[side]?.segments.filter((s) => s.changed).map((s) => s.text.trim()) ?? []);

describe('sideBySide', () => {
  it('pairs a changed line with its replacement and marks only the differing words', () => {
    const rows = sideBySide('Loans run 14 days.\nReturns at the desk.\n', 'Loans run 21 days.\nReturns at the desk.\n');
    expect(rows.map((r) => r.kind)).toEqual(['changed', 'same']);
    expect(text(rows[0], 'left')).toBe('Loans run 14 days.');
    expect(text(rows[0], 'right')).toBe('Loans run 21 days.');
    expect(marked(rows[0], 'left')).toEqual(['14']);
    expect(marked(rows[0], 'right')).toEqual(['21']);
    expect(rows[1].kind === 'same' && rows[1].left?.no === 2 && rows[1].right?.no === 2).toBe(true);
  });

  it('shows lines only one side has against an empty cell, keeping line numbers per side', () => {
    const rows = sideBySide('a\nb\n', 'a\nnew 1\nnew 2\nb\n');
    expect(rows.map((r) => r.kind)).toEqual(['same', 'added', 'added', 'same']);
    expect(rows[1].kind !== 'fold' && rows[1].left).toBeNull();
    const last = rows[3];
    expect(last.kind !== 'fold' && [last.left?.no, last.right?.no]).toEqual([2, 4]);
    const removed = sideBySide('a\ngone\nb', 'a\nb');
    expect(removed.map((r) => r.kind)).toEqual(['same', 'removed', 'same']);
    expect(text(removed[1], 'left')).toBe('gone');
    expect(text(removed[1], 'right')).toBeNull();
  });

  it('treats a body against an empty one as all added', () => {
    const rows = sideBySide('', 'x\ny');
    expect(rows.map((r) => r.kind)).toEqual(['added', 'added']);
  });

  it('marks very long lines whole instead of word by word', () => {
    const long = 'w '.repeat(1500);
    const { left, right } = wordSegments(long, `${long}x`);
    expect(left).toEqual([{ text: long, changed: true }]);
    expect(right).toHaveLength(1);
  });
});

describe('foldUnchanged', () => {
  it('keeps context lines around changes and folds the rest into counts', () => {
    const mine = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const theirs = mine.replace('line 10', 'line ten');
    const rows = foldUnchanged(sideBySide(mine, theirs), 2);
    expect(rows.map((r) => (r.kind === 'fold' ? `fold ${r.count}` : r.kind))).toEqual([
      'fold 8',
      'same',
      'same',
      'changed',
      'same',
      'same',
      'fold 7',
    ]);
  });
  it('leaves an all-unchanged diff as one fold', () => {
    expect(foldUnchanged(sideBySide('a\nb', 'a\nb'))).toEqual([{ kind: 'fold', count: 2 }]);
  });
});

describe('differs', () => {
  it('ignores only a final newline', () => {
    expect(differs('a\n', 'a')).toBe(false);
    expect(differs('a', 'b')).toBe(true);
  });
});
