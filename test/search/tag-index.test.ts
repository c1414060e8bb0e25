// The tag side of search: word, prefix and fuzzy matches over tag words, kept current on update and removal.
import { describe, it, expect } from 'vitest';
import { TagIndex, withinDistance } from '../../src/node/search/tag-index';
import { combineTagMatches, mergeHits } from '../../src/node/search/merge-hits';
import type { MiniHit } from '../../src/node/search/merge-hits';

const ids = (m: Map<string, number>) => [...m.keys()].sort();

describe('TagIndex', () => {
  it('matches tag words exactly (1), by prefix or fuzzily (0.5), across hierarchical and hyphenated tags', () => {
    const t = new TagIndex();
    t.set('a', ['Circulation', 'best-practice']);
    t.set('b', ['stacks/compact']);
    t.set('c', ['circulation']);
    expect(t.tagCount).toBe(3);
    expect(t.match('circulation', false, 0)).toEqual(new Map([['a', 1], ['c', 1]]));
    expect(t.match('circ', false, 0).size).toBe(0);
    expect(t.match('circ', true, 0)).toEqual(new Map([['a', 0.5], ['c', 0.5]]));
    expect(ids(t.match('compact', false, 0))).toEqual(['b']);
    expect(ids(t.match('practice', false, 0))).toEqual(['a']);
    expect(ids(t.match('circulaton', false, 2))).toEqual(['a', 'c']);
    expect(t.match('circulaton', false, 0).size).toBe(0);
  });

  it('forgets a note when its tags change or it is removed, and drops tags nobody carries', () => {
    const t = new TagIndex();
    t.set('a', ['weeding']);
    t.set('b', ['weeding']);
    t.set('a', ['queues']);
    expect(ids(t.match('weeding', false, 0))).toEqual(['b']);
    expect(ids(t.match('queues', false, 0))).toEqual(['a']);
    t.remove('b');
    expect(t.match('weeding', true, 1).size).toBe(0);
    t.set('a', []);
    expect(t.tagCount).toBe(0);
  });

  it('computes a bounded edit distance', () => {
    expect(withinDistance('cataloguing', 'catalogung', 1)).toBe(true);
    expect(withinDistance('kitten', 'sitting', 2)).toBe(false);
    expect(withinDistance('kitten', 'sitting', 3)).toBe(true);
    expect(withinDistance('abc', 'abcdef', 2)).toBe(false);
  });
});

describe('merging hits', () => {
  it('AND keeps notes matching every word, OR any', () => {
    const w1 = new Map([['a', 1], ['b', 0.5]]);
    const w2 = new Map([['b', 1], ['c', 1]]);
    expect(combineTagMatches([w1, w2], 'AND')).toEqual(new Map([['b', 0.75]]));
    expect(ids(combineTagMatches([w1, w2], 'OR'))).toEqual(['a', 'b', 'c']);
    expect(combineTagMatches([], 'AND').size).toBe(0);
  });

  it('ranks any title hit above any tag-only hit, and any tag-only hit above any body-only hit', () => {
    const weakTitle = { id: 'title', score: 0.01 } as MiniHit;
    const strongTitle = { id: 'best', score: 10 } as MiniHit;
    const merged = mergeHits([strongTitle, weakTitle], new Map([['tag', 1], ['tag-weak', 0.5]]), [
      { id: 'tag', bm25: -20 },
      { id: 'body', bm25: -20 },
      { id: 'body-weak', bm25: -1 },
    ]);
    expect(merged.map((m) => m.id)).toEqual(['best', 'title', 'tag', 'tag-weak', 'body', 'body-weak']);
  });
});
