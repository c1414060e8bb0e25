// Unit tests of the graph tag filter's suggestions: matching typed text against the tags in use.
import { describe, expect, it } from 'vitest';
import { suggestTags, typedTag, type TagCount } from './tag-suggestions';

// As notes.tags answers: most used first.
const all: TagCount[] = [
  { tag: 'library', count: 3 },
  { tag: 'catalog', count: 1 },
  { tag: 'Ékspor', count: 1 },
  { tag: 'slims', count: 1 },
];

describe('graph tag suggestions', () => {
  it('suggests prefix matches before substring matches, accent- and case-insensitively, without chosen tags', () => {
    expect(suggestTags(all, 'l', []).map((t) => t.tag)).toEqual(['library', 'catalog', 'slims']);
    expect(suggestTags(all, 'l', ['library']).map((t) => t.tag)).toEqual(['catalog', 'slims']);
    expect(suggestTags(all, '#EKS', []).map((t) => t.tag)).toEqual(['Ékspor']);
    expect(suggestTags(all, '', [], 2).map((t) => t.tag)).toEqual(['library', 'catalog']);
    expect(suggestTags(all, 'zzz', [])).toEqual([]);
  });

  it('reads a typed tag without spaces around it or a leading #', () => {
    expect(typedTag('  #slims ')).toBe('slims');
    expect(typedTag('##')).toBe('');
  });
});
