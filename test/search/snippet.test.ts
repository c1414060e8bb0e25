// Tests of snippet building: one line, ~160 characters around the first match, matches wrapped in « ».
import { describe, it, expect } from 'vitest';
import { makeSnippet, plainText } from '../../src/common/search/snippet';

describe('makeSnippet', () => {
  it('centres on the first match and marks every matched word', () => {
    const body = `${'lorem ipsum '.repeat(40)}The circulation desk handles circulation queues.\n\n${'dolor sit '.repeat(40)}`;
    const s = makeSnippet(body, new Set(['circulation']))!;
    expect(s).toContain('«circulation» desk handles «circulation» queues');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.includes('\n')).toBe(false);
    expect(s.replace(/[«»…]/gu, '').length).toBeLessThanOrEqual(160);
  });

  it('matches accents and case the way the index does', () => {
    expect(makeSnippet('Le Café est ouvert', new Set(['cafe']))).toBe('Le «Café» est ouvert');
  });

  it('returns null without a match unless a fallback is wanted', () => {
    expect(makeSnippet('nothing here', new Set(['zzz']), false)).toBeNull();
    expect(makeSnippet('nothing here', new Set(['zzz']))).toBe('nothing here');
  });

  it('flattens Markdown: wikilinks show their label, headings and emphasis go', () => {
    expect(plainText('# Title\n\nSee [[Other note|the other]] and **bold** [[Circulation/Fines]].')).toBe(
      'Title See the other and bold Circulation/Fines.',
    );
  });
});
