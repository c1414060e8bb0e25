// Pure helpers of the note editor: the [[ trigger, autocomplete options, link resolution, table rows, attachment sources.
import { describe, expect, it } from 'vitest';
import type { LinkSuggestions, LinkTarget, TitleMatch } from '../../../common/api/methods/notes';
import { resolvesTo } from './link-targets';
import { attachmentIdOf, attachmentSrc } from './markdown/attachment-src';
import { splitTableRow } from './markdown/table-cells';
import { splitWikiLink } from './markdown/wikilink-transformer';
import { linkOptions } from './plugins/WikiLinkTypeaheadPlugin/link-options';
import { matchWikiLinkTrigger } from './plugins/WikiLinkTypeaheadPlugin/wikilink-trigger';

const targets: LinkTarget[] = [
  { id: 'n1', title: 'Shelf capacity forecast sheet', domainId: 'd1', domainName: 'Shelving', aliases: ['capacity sheet'] },
  { id: 'n2', title: 'Shelf-reading rota by range', domainId: 'd1', domainName: 'Shelving', aliases: [] },
  { id: 'n3', title: 'Returns', domainId: 'd2', domainName: 'Circulation', aliases: ['Pengembalian'] },
  { id: 'n4', title: 'Returns', domainId: 'd3', domainName: 'Cataloguing', aliases: [] },
];

describe('[[ trigger', () => {
  it('matches an open [[ before the caret and gives the typed query', () => {
    expect(matchWikiLinkTrigger('See [[shelf ca')).toEqual({ leadOffset: 4, matchingString: 'shelf ca', replaceableString: '[[shelf ca' });
    expect(matchWikiLinkTrigger('[[')).toEqual({ leadOffset: 0, matchingString: '', replaceableString: '[[' });
  });
  it('does not match closed links, single brackets or pipes', () => {
    expect(matchWikiLinkTrigger('See [[Done]] and')).toBeNull();
    expect(matchWikiLinkTrigger('See [x')).toBeNull();
    expect(matchWikiLinkTrigger('[[Title|lab')).toBeNull();
  });
});

describe('autocomplete options', () => {
  const match = (id: string, title: string, alias: string | null = null): TitleMatch => ({
    id,
    title,
    domainId: 'd1',
    domainName: 'Shelving',
    kind: 'practice',
    alias,
    positions: alias ? [] : [0, 1],
  });
  const answer: LinkSuggestions = { items: [match('n1', 'Shelf capacity forecast sheet'), match('n3', 'Returns', 'Pengembalian')], exact: false };
  it('keeps the server ranking and shows the domain and the matched alias', () => {
    const options = linkOptions(answer, 'shelf cap', true);
    expect(options[0].noteTitle).toBe('Shelf capacity forecast sheet');
    expect(options[0].target?.domainName).toBe('Shelving');
    expect(options[0].positions).toEqual([0, 1]);
    expect(options[1].alias).toBe('Pengembalian');
  });
  it('offers "create" only for a fresh answer to a non-empty text that names no note', () => {
    expect(linkOptions(answer, 'Weeding plan', true).at(-1)?.isCreate).toBe(true);
    expect(linkOptions({ ...answer, exact: true }, 'returns', true).some((o) => o.isCreate)).toBe(false);
    expect(linkOptions(answer, '', true).some((o) => o.isCreate)).toBe(false);
    expect(linkOptions(answer, 'Weeding plan', false).some((o) => o.isCreate)).toBe(false);
  });
});

describe('link resolution', () => {
  it('resolves titles, aliases, headings and Domain/Title case-insensitively', () => {
    expect(resolvesTo(targets, 'shelf capacity forecast sheet')?.id).toBe('n1');
    expect(resolvesTo(targets, 'Capacity Sheet#Inputs')?.id).toBe('n1');
    expect(resolvesTo(targets, 'Cataloguing/Returns')?.id).toBe('n4');
    expect(resolvesTo(targets, 'Missing note')).toBeNull();
    expect(resolvesTo(targets, 'Procurement/Returns')).toBeNull();
  });
  it('splits [[target|label]] keeping the target text exactly', () => {
    expect(splitWikiLink('Circulation/Returns#Late fees|fees')).toEqual({ target: 'Circulation/Returns#Late fees', label: 'fees' });
    expect(splitWikiLink('Returns')).toEqual({ target: 'Returns', label: null });
  });
});

describe('table rows', () => {
  it('splits cells but not on pipes inside wikilinks, code or escaped', () => {
    expect(splitTableRow('| a | [[B|label]] | `x|y` | c \\| d |')).toEqual(['a', '[[B|label]]', '`x|y`', 'c \\| d']);
    expect(splitTableRow('not a row')).toBeNull();
  });
});

describe('attachment sources', () => {
  it('round-trips an attachment id through the Markdown source', () => {
    const src = attachmentSrc('att42', 'poster final.png');
    expect(src).toBe('attachments/att42/poster%20final.png');
    expect(attachmentIdOf(src)).toBe('att42');
    expect(attachmentIdOf('https://example.org/x.png')).toBeNull();
    expect(attachmentIdOf('../../etc/passwd')).toBeNull();
  });
});
