// Unit and property tests of the search query parser (src/common/search/parse-query.ts).
import { describe, it, expect } from 'vitest';
import { FILTER_KEYS, parseQuery } from '../../src/common/search/parse-query';
import { seededRandom as rng } from '../../src/common/seeded-random';


const ALPHABET = ['a', 'b', 'Z', ' ', ' ', '"', ':', '\t', '\n', 'é', '文', '😀', '\\', '#', '-', 'domain:', 'tag:', 'KIND:', 'stage:', 'author:', 'foo:', '"x y"', '\u0000', '\ud800'];

function randomQuery(next: () => number): string {
  const len = Math.floor(next() * 30);
  let s = '';
  for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}

describe('parseQuery', () => {
  it('splits free words, quoted phrases and filters', () => {
    const p = parseQuery('queue  peak "returns surge" domain:Circulation kind:practice');
    expect(p.terms).toEqual(['queue', 'peak']);
    expect(p.phrases).toEqual(['returns surge']);
    expect(p.filters).toEqual({ domain: ['Circulation'], kind: ['practice'] });
  });

  it('reads quoted filter values with spaces and normalises their whitespace', () => {
    const p = parseQuery('domain:"Shelving  &   Stacks" tag:"local content"');
    expect(p.filters).toEqual({ domain: ['Shelving & Stacks'], tag: ['local content'] });
    expect(p.terms).toEqual([]);
  });

  it('accepts filter keys in any case and collects repeated keys', () => {
    const p = parseQuery('TAG:a Tag:b STAGE:share author:dewi');
    expect(p.filters).toEqual({ tag: ['a', 'b'], stage: ['share'], author: ['dewi'] });
  });

  it('keeps unknown key:value pairs and URLs as plain terms', () => {
    const p = parseQuery('foo:bar http://x.org');
    expect(p.terms).toEqual(['foo:bar', 'http://x.org']);
    expect(p.filters).toEqual({});
  });

  it('treats an unterminated quote as a phrase to the end and ignores empty filters', () => {
    expect(parseQuery('"open phrase here').phrases).toEqual(['open phrase here']);
    const p = parseQuery('domain: tag:"" kind:');
    expect(p.filters).toEqual({});
    expect(p.terms).toEqual([]);
  });

  it('marks the last term as still being typed only without a trailing space', () => {
    expect(parseQuery('circ').lastTermOpen).toBe(true);
    expect(parseQuery('circ ').lastTermOpen).toBe(false);
    expect(parseQuery('circ domain:x').lastTermOpen).toBe(false);
    expect(parseQuery('').lastTermOpen).toBe(false);
  });

  it('keeps Indonesian words and non-Latin text', () => {
    expect(parseQuery('pengadaan buku 図書館').terms).toEqual(['pengadaan', 'buku', '図書館']);
  });

  it('never throws on random input and keeps its invariants (2,000 random strings)', () => {
    const next = rng(42);
    for (let i = 0; i < 2000; i++) {
      const q = randomQuery(next);
      const p = parseQuery(q);
      for (const t of p.terms) {
        expect(t.length).toBeGreaterThan(0);
        expect(/\s/u.test(t)).toBe(false);
        expect(q.includes(t)).toBe(true);
      }
      for (const ph of p.phrases) {
        expect(ph).toBe(ph.trim());
        expect(ph.length).toBeGreaterThan(0);
      }
      for (const [k, vs] of Object.entries(p.filters)) {
        expect(FILTER_KEYS as readonly string[]).toContain(k);
        for (const v of vs) expect(v.length).toBeGreaterThan(0);
      }
      // A query made only of spaces parses to nothing.
      expect(parseQuery(q.replace(/\S/gu, ' '))).toEqual({ terms: [], phrases: [], filters: {}, lastTermOpen: false });
    }
  });

  it('never throws on non-string input coming from untyped callers', () => {
    expect(parseQuery(undefined as unknown as string).terms).toEqual([]);
  });
});
