// Wikilink parsing: all four forms, code is skipped, offsets are exact.
import { describe, expect, it } from 'vitest';
import { linkCandidates, parseWikiLinkTarget, parseWikiLinks, titleKey } from '../../src/common/wikilink';

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

  it('ends a fence only at a closing fence of the same kind and length', () => {
    const text = '````md\n```\n[[inside nested fence]]\n```\n````\n[[after]] ``code with ` and [[x]]`` [[end]]';
    expect(parseWikiLinks(text).map((l) => l.title)).toEqual(['after', 'end']);
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

  it('keeps the whole target as path, so a title containing "/" can be resolved when the first part is no domain', () => {
    expect(parseWikiLinkTarget('Input / Output#Part|io')).toEqual({ domain: 'Input', title: 'Output', path: 'Input / Output', heading: 'Part', label: 'io' });
    expect(linkCandidates(parseWikiLinkTarget('Input/Output')!)).toEqual([
      { domain: 'Input', title: 'Output' },
      { domain: null, title: 'Input/Output' },
    ]);
    expect(linkCandidates(parseWikiLinkTarget('Plain title')!)).toEqual([{ domain: null, title: 'Plain title' }]);
    // A leading or trailing "/" is part of the title, never an empty domain or title.
    expect(parseWikiLinkTarget('/etc')).toMatchObject({ domain: null, title: '/etc' });
    expect(parseWikiLinkTarget('TCP/')).toMatchObject({ domain: null, title: 'TCP/' });
  });
});
