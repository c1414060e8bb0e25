// Bad and odd input: odd titles round-trip through create/link/rename, same titles across domains, cycles, big bodies.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();

const ODD_TITLES = [
  'Peminjaman 📚 buku',
  '図書館の目録',
  'Pengadaan: koleksi ^ langka',
  'C:\\Data\\katalog',
  'Input/Output',
  'A'.repeat(300),
];

describe('odd titles', () => {
  it.each(ODD_TITLES)('creates, links, renames and re-links %s', async (title) => {
    const env = notesEnv(tempDir('odd'));
    const d = await env.domain('Sirkulasi');
    const created = await env.client.call('notes.create', { domainId: d, title: `  ${title}  ` });
    expect(created.title).toBe(title);
    const source = await env.note(d, 'Source', `See [[${title}]] and [[${title}|label]] and [[${title}#Bagian 1]].`);
    expect((await env.client.call('notes.get', { id: source })).links.map((l) => l.targetId)).toEqual([created.id, created.id, created.id]);
    const renamed = `${title.slice(0, 290)} (baru)`;
    const result = await env.client.call('notes.rename', { id: created.id, title: renamed });
    expect(result.updatedNotes).toBe(1);
    const after = await env.client.call('notes.get', { id: source });
    expect(after.body).toBe(`See [[${renamed}]] and [[${renamed}|label]] and [[${renamed}#Bagian 1]].`);
    expect(after.links.map((l) => l.targetId)).toEqual([created.id, created.id, created.id]);
    const shown = await env.client.call('notes.get', { id: created.id });
    expect(shown.title).toBe(renamed);
    env.services.close();
  });

  it('refuses titles with [ ] | # or over 300 characters, and domain names with /', async () => {
    const env = notesEnv(tempDir('odd-bad'));
    const d = await env.domain('Sirkulasi');
    for (const title of ['a [b]', 'a|b', 'a#b', 'x'.repeat(301), '   ']) {
      expect(await env.code(env.client.call('notes.create', { domainId: d, title }))).toBe('INVALID_INPUT');
    }
    await expect(env.client.call('domains.create', { name: 'A/B' })).rejects.toThrow(/must not contain \//);
    env.services.close();
  });

  it('a "/" in a title only means a domain when the part before it names a domain that has the note', async () => {
    const env = notesEnv(tempDir('slash'));
    const input = await env.domain('Input');
    const other = await env.domain('Other');
    const inInput = await env.note(input, 'Output');
    const slashTitle = await env.note(other, 'Input/Output');
    const ioTitle = await env.note(other, 'Read/Write');
    const source = await env.note(
      other,
      'Source',
      '[[Input/Output]] [[Read/Write]] [[Other/Input/Output]] [[input / output]] [[Nowhere/Else]]',
    );
    const links = (await env.client.call('notes.get', { id: source })).links;
    expect(links.map((l) => l.targetId)).toEqual([inInput, ioTitle, slashTitle, inInput, null]);
    // A note created later with a slash title picks up the waiting link.
    const later = await env.note(other, 'Nowhere/Else');
    expect((await env.client.call('notes.get', { id: source })).links[4].targetId).toBe(later);
    env.services.close();
  });

  it('same title in two domains: same domain first, [[Domain/Title]] picks the other', async () => {
    const env = notesEnv(tempDir('same-title'));
    const a = await env.domain('Alpha');
    const b = await env.domain('Beta');
    const inA = await env.note(a, 'Weeding');
    const inB = await env.note(b, 'Weeding');
    const fromA = await env.note(a, 'From A', '[[Weeding]] [[Beta/Weeding]] [[beta/weeding#x|y]]');
    const fromB = await env.note(b, 'From B', '[[Weeding]] [[Alpha/Weeding]]');
    expect((await env.client.call('notes.get', { id: fromA })).links.map((l) => l.targetId)).toEqual([inA, inB, inB]);
    expect((await env.client.call('notes.get', { id: fromB })).links.map((l) => l.targetId)).toEqual([inB, inA]);
    // Renaming one of them only touches links to that one.
    await env.client.call('notes.rename', { id: inB, title: 'Weeding B' });
    expect((await env.client.call('notes.get', { id: fromA })).body).toBe('[[Weeding]] [[Beta/Weeding B]] [[beta/Weeding B#x|y]]');
    expect((await env.client.call('notes.get', { id: fromB })).body).toBe('[[Weeding B]] [[Alpha/Weeding]]');
    env.services.close();
  });

  it('link cycles are fine, and renaming a note that links to itself rewrites its own body', async () => {
    const env = notesEnv(tempDir('cycles'));
    const d = await env.domain('Alpha');
    const a = await env.note(d, 'A', 'to [[B]] and me [[A]]');
    const b = await env.note(d, 'B', 'to [[A]]');
    expect((await env.client.call('notes.backlinks', { id: a })).items.map((x) => x.sourceId).sort()).toEqual([a, b].sort());
    const r = await env.client.call('notes.rename', { id: a, title: 'A2' });
    expect(r.updatedNotes).toBe(1);
    expect(r.note.body).toBe('to [[B]] and me [[A2]]');
    expect((await env.client.call('notes.get', { id: b })).body).toBe('to [[A2]]');
    expect((await env.client.call('workspace.stats', {})).unresolvedLinks).toBe(0);
    env.services.close();
  });

  it('accepts a 5 MB body and refuses a larger one without changing the note', async () => {
    const env = notesEnv(tempDir('big'));
    const d = await env.domain('Alpha');
    const id = await env.note(d, 'Big');
    const big = `${'x'.repeat(4_990)}[[Big]]\n\n\n`.repeat(1_000);
    expect(big.length).toBe(5_000_000);
    const saved = await env.client.call('notes.update', { id, body: big });
    expect(saved.body.length).toBe(5_000_000);
    expect(saved.links).toHaveLength(1_000);
    expect(await env.code(env.client.call('notes.update', { id, body: big + 'y' }))).toBe('INVALID_INPUT');
    expect((await env.client.call('notes.get', { id })).body.length).toBe(5_000_000);
    env.services.close();
  }, 60_000);
});
