// Unit tests for the palette's fuzzy matching.
import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyMatch } from './fuzzy';

describe('fuzzy matching', () => {
  it('matches subsequences and reports positions', () => {
    expect(fuzzyMatch('tsb', 'Toggle Side Bar')?.positions).toEqual([0, 7, 12]);
    expect(fuzzyMatch('xyz', 'Toggle Side Bar')).toBeNull();
  });
  it('ranks substring and word-start matches first', () => {
    const items = ['View: Toggle Panel Visibility', 'View: Toggle Side Bar Visibility', 'File: Save All'];
    expect(fuzzyFilter(items, 'side bar', (x) => x)[0].item).toBe('View: Toggle Side Bar Visibility');
    expect(fuzzyFilter(items, 'sa', (x) => x)[0].item).toBe('File: Save All');
  });
  it('keeps every item, in order, for an empty query', () => {
    expect(fuzzyFilter(['b', 'a'], '  ', (x) => x).map((r) => r.item)).toEqual(['b', 'a']);
  });
});

describe('fuzzy matching is not too loose', () => {
  it('does not match characters scattered inside words', () => {
    expect(fuzzyMatch('sim', 'Preferensi: Tema Warna: Terang')).toBeNull();
    expect(fuzzyMatch('sim', 'Berkas: Simpan')).not.toBeNull();
    expect(fuzzyMatch('togside', 'View: Toggle Side Bar Visibility')).not.toBeNull();
  });
});
