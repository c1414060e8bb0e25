// Wikilink parsing: all four forms, code is skipped, offsets are exact.
import { describe, expect, it } from 'vitest';
import { parseWikiLinks, titleKey } from '../../src/common/wikilink';

describe('parseWikiLinks', () => {
  it('parses plain, labelled, heading and cross-domain links', () => {
    const text = 'See [[Returns desk]], [[Returns desk|the desk]], [[Weeding#Criteria]] and [[Cataloguing/RDA basics#Intro|RDA]].';
    const links = parseWikiLinks(text);
    expect(links.map(({ domain, title, heading, label }) => ({ domain, title, heading, label }))).toEqual([
      { domain: null, title: 'Returns desk', heading: null, label: null },
      { domain: null, title: 'Returns desk', heading: null, label: 'the desk' },
      { domain: null, title: 'Weeding', heading: 'Criteria', label: null },
      { domain: 'Cataloguing', title: 'RDA basics', heading: 'Intro', label: 'RDA' },
    ]);
    for (const l of links) expect(text.slice(l.start, l.end)).toBe(`[[${l.raw}]]`);
  });

  it('skips links inside inline code and fenced code blocks', () => {
    const text = 'Use `[[not a link]]` here.\n```\n[[also not]]\n```\nBut [[this one]].';
    expect(parseWikiLinks(text).map((l) => l.title)).toEqual(['this one']);
  });

  it('ignores empty and unterminated links', () => {
    expect(parseWikiLinks('[[ ]] [[|label]] [[open only and [[ok]]')).toHaveLength(1);
  });

  it('normalises titles for matching', () => {
    expect(titleKey('  Peak   Return  Triage ')).toBe(titleKey('peak return triage'));
    expect(titleKey('Katalogisasi')).not.toBe(titleKey('Katalog'));
  });
});
