// plainlyValidNote never accepts what packageNoteSchema refuses (and accepts ordinary notes), over many mutated notes.
import { describe, expect, it } from 'vitest';
import { plainlyValidNote } from '../../../src/node/packages/import/note-fast-check';
import { MAX_NOTE_BODY_BYTES, packageNoteSchema } from '../../../src/node/packages/import/package-schemas';

const base = () => ({
  id: 'n1',
  origin: { workspaceId: 'w1', noteId: 'n1' },
  title: 'Hold shelf rota',
  domainId: 'd1',
  kind: 'practice',
  stage: 'share',
  lang: 'en',
  tags: ['circulation', 'area/desk'],
  aliases: ['Holds'],
  authorIds: ['m1', 'm2'],
  body: 'Keep holds for 7 days. See [[Circulation desk rota]].\n',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  contentHash: 'a'.repeat(64),
});

type Note = Record<string, unknown>;
const set = (key: string, value: unknown) => (n: Note) => ({ ...n, [key]: value });
const BAD_STRINGS: unknown[] = ['', ' x', 'x ', 'a'.repeat(301), 'a[b', 'a]b', 'a|b', 'a#b', 'a\u0000b', 'a\nb', 'a\u007fb', 42, null, ['x'], { x: 1 }, true];

const mutations: [string, (n: Note) => unknown][] = [
  ['valid', (n) => n],
  ['valid, unicode title and body', (n) => ({ ...n, title: 'Ruang baca — índice', body: '😀 dan ☕ '.repeat(100) })],
  ['valid, empty lists and body', (n) => ({ ...n, tags: [], aliases: [], authorIds: [], body: '' })],
  ['missing key', ({ body: _b, ...rest }) => rest],
  ['extra key', set('extra', 1)],
  ['__proto__ key', (n) => JSON.parse(JSON.stringify(n).replace('{', '{"__proto__":{"x":1},'))],
  ['array', () => [base()]],
  ['null', () => null],
  ['string', () => 'note'],
  ['origin extra key', set('origin', { workspaceId: 'w', noteId: 'n', x: 1 })],
  ['origin missing key', set('origin', { workspaceId: 'w' })],
  ['origin array', set('origin', ['w', 'n'])],
  ['origin bad id', set('origin', { workspaceId: '', noteId: 'n' })],
  ['id long', set('id', 'i'.repeat(201))],
  ['id 200', set('id', 'i'.repeat(200))],
  ['domainId empty', set('domainId', '')],
  ['kind unknown', set('kind', 'essay')],
  ['kind number', set('kind', 1)],
  ['stage unknown', set('stage', 'done')],
  ['lang short', set('lang', 'e')],
  ['lang long', set('lang', 'e'.repeat(11))],
  ['tags not array', set('tags', 'a')],
  ['tag with space', set('tags', ['a b'])],
  ['tag with comma', set('tags', ['a,b'])],
  ['tag with hash', set('tags', ['#a'])],
  ['tag with tab', set('tags', ['a\tb'])],
  ['tag with nbsp', set('tags', ['a\u00a0b'])],
  ['tag empty', set('tags', [''])],
  ['tag long', set('tags', ['t'.repeat(81)])],
  ['tag number', set('tags', [1])],
  ['101 tags', set('tags', Array.from({ length: 101 }, (_, i) => `t${i}`))],
  ['100 tags', set('tags', Array.from({ length: 100 }, (_, i) => `t${i}`))],
  ['51 aliases', set('aliases', Array.from({ length: 51 }, (_, i) => `a${i}`))],
  ['51 authors', set('authorIds', Array.from({ length: 51 }, (_, i) => `m${i}`))],
  ['author empty', set('authorIds', [''])],
  ['body number', set('body', 5)],
  ['body over 5 MB', set('body', 'x'.repeat(MAX_NOTE_BODY_BYTES + 1))],
  ['body 5 MB exactly', set('body', 'x'.repeat(MAX_NOTE_BODY_BYTES))],
  ['body over 5 MB of UTF-8', set('body', '☕'.repeat(Math.floor(MAX_NOTE_BODY_BYTES / 3) + 1))],
  ['createdAt empty', set('createdAt', '')],
  ['updatedAt long', set('updatedAt', 'u'.repeat(41))],
  ['hash upper case', set('contentHash', 'A'.repeat(64))],
  ['hash short', set('contentHash', 'a'.repeat(63))],
  ...BAD_STRINGS.map((v): [string, (n: Note) => unknown] => [`title ${JSON.stringify(v)?.slice(0, 20)}`, set('title', v)]),
  ...BAD_STRINGS.map((v): [string, (n: Note) => unknown] => [`alias ${JSON.stringify(v)?.slice(0, 20)}`, set('aliases', [v])]),
];

describe('plainlyValidNote', () => {
  it.each(mutations)('%s: accepted only when the zod schema accepts it unchanged', (_name, mutate) => {
    const value = mutate(base());
    const zod = packageNoteSchema.safeParse(value);
    if (plainlyValidNote(value)) {
      expect(zod.success).toBe(true);
      expect(zod.data).toEqual(value);
    }
  });

  it('takes the fast path for ordinary notes (so that it is used at all)', () => {
    const ordinary = mutations.filter(([name]) => name.startsWith('valid'));
    for (const [, mutate] of ordinary) expect(plainlyValidNote(mutate(base()))).toBe(true);
    expect(plainlyValidNote(set('body', 'x'.repeat(MAX_NOTE_BODY_BYTES))(base()))).toBe(true);
    // And refuses every case the schema refuses (none slips through to be accepted unchecked).
    const refused = mutations.filter(([, mutate]) => !packageNoteSchema.safeParse(mutate(base())).success);
    expect(refused.length).toBeGreaterThan(40);
    for (const [, mutate] of refused) expect(plainlyValidNote(mutate(base()))).toBe(false);
  });
});
