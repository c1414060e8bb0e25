// Search through the in-process API: boosts, prefix, fuzzy, filters, phrases, snippets, incremental updates.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, openServices } from '../helpers/workspace';
import { createInProcessClient } from '../../src/node/transport/in-process';
import type { Services } from '../../src/node/services/create-services';
import type { ApiClient } from '../../src/common/api/contract';
import { addNotes, FIXTURE_NOTES } from './fixture';

const tempDir = useTempDirs();
let services: Services;
let client: ApiClient;
let ids: Record<string, string>;

const search = (q: string, limit = 200) => client.call('search.query', { q, limit });
const titles = async (q: string) => (await search(q)).items.map((h) => h.title);
const count = (sql: string, ...p: unknown[]) => services.db.prepare(sql).pluck().get(...p) as number;

beforeAll(() => {
  const dir = demoWorkspace(tempDir('search'));
  ids = addNotes(dir, FIXTURE_NOTES);
  services = openServices(dir);
  client = createInProcessClient(services);
});
afterAll(() => services.close());

describe('search ranking and matching', () => {
  it('ranks a title hit above a body-only hit (field boosts)', async () => {
    expect(await titles('zebrafish')).toEqual(['Zebrafish loan desk', 'Weekly desk notes']);
  });

  it('ranks an alias hit above a body hit', async () => {
    const r = await search('marsupial shelving');
    expect(r.items[0].title).toBe('Quokka alias holder');
  });

  it('matches the last word as a prefix while typing ("circ" finds circulation notes)', async () => {
    const r = await search('circ');
    expect(r.total).toBeGreaterThan(5);
    expect(r.items.some((h) => h.domain === 'Circulation')).toBe(true);
    expect(r.items[0].snippet.toLowerCase()).toContain('«circulation');
    // With a trailing space the word is complete: no prefix expansion.
    expect((await search('circ ')).total).toBe(0);
  });

  it('expands a 1-2 letter word being typed over titles only, and ignores it after other words', async () => {
    expect(await titles('ze')).toEqual(['Zebrafish loan desk']);
    expect(await titles('zebrafish t')).toEqual(await titles('zebrafish'));
    expect(await titles('zebrafish tro')).toEqual(['Weekly desk notes']);
  });

  it('matches misspelt words fuzzily ("catalogung" finds cataloguing)', async () => {
    const r = await search('catalogung');
    expect(r.items.some((h) => /catalogu/i.test(h.title))).toBe(true);
    expect(r.items[0].snippet).toMatch(/«catalogu\w*»/i);
  });

  it('combines words with AND and falls back to OR when no note has them all', async () => {
    const and = await search('zebrafish trolley');
    expect(and.items.map((h) => h.title)).toEqual(['Weekly desk notes']);
    expect(and.combineWith).toBe('and');
    const or = await search('zebrafish penyiangan ');
    expect(or.combineWith).toBe('or');
    expect(or.items.map((h) => h.title)).toEqual(expect.arrayContaining(['Penyiangan koleksi tercetak', 'Weekly desk notes', 'Zebrafish loan desk']));
  });

  it('finds Indonesian words, with prefix and fuzzy matching', async () => {
    expect(await titles('penyiangan')).toContain('Penyiangan koleksi tercetak');
    expect(await titles('peminjam')).toContain('Penyiangan koleksi tercetak');
    expect(await titles('penyiangn kondisi')).toContain('Penyiangan koleksi tercetak');
  });

  it('requires quoted phrases verbatim (case and spacing aside)', async () => {
    const r = await search('"RETURNS   trolley"');
    expect(r.items.map((h) => h.title)).toEqual(['Weekly desk notes']);
    expect(r.parsed.phrases).toEqual(['RETURNS trolley']);
    expect((await search('"trolley returns"')).total).toBe(0);
  });

  it('returns snippets from the body with matches marked, or from the title when only it matched', async () => {
    // A tag hit ('trolleys', prefix) outranks every body-only hit; the body hit's snippet marks the body word.
    const trolley = await search('trolley');
    expect(trolley.items[0].title).toBe('Teknik sortir troli per kelas DDC');
    const body = trolley.items.find((h) => h.title === 'Weekly desk notes')!;
    expect(body.snippet).toContain('«trolley»');
    expect(body.snippet).not.toContain('\n');
    const title = (await search('zebrafish')).items[0];
    expect(title.snippet).toBe('«Zebrafish» loan desk');
    expect(typeof title.score).toBe('number');
    expect(title.score).toBeGreaterThan((await search('zebrafish')).items[1].score);
  });
});

describe('search filters', () => {
  it('lists notes of a domain by name or slug, sorted by title, when there is no free text', async () => {
    const live = count("SELECT count(*) FROM notes n JOIN domains d ON d.id = n.domain_id WHERE d.name = 'Circulation' AND deleted_at IS NULL");
    const byName = await search('domain:circulation');
    expect(byName.total).toBe(live);
    expect(byName.items.every((h) => h.domain === 'Circulation')).toBe(true);
    const t = byName.items.map((h) => h.title.toLowerCase());
    expect(t).toEqual([...t].sort());
    expect((await search('domain:CIRCULATION')).total).toBe(live);
    expect((await search('domain:cop-programme')).total).toBe((await search('domain:"CoP Programme"')).total);
    expect((await search('domain:"CoP Programme"')).total).toBeGreaterThan(0);
    expect((await search('domain:nowhere')).total).toBe(0);
  });

  it('filters by kind, stage, tag (case-insensitive, with sub-tags) and combines different keys with AND', async () => {
    const kindStory = await search('domain:Circulation kind:story');
    expect(kindStory.total).toBe(
      count("SELECT count(*) FROM notes n JOIN domains d ON d.id = n.domain_id WHERE d.name = 'Circulation' AND kind = 'story' AND deleted_at IS NULL"),
    );
    expect(kindStory.items.map((h) => h.title)).toContain('Weekly desk notes');
    expect(kindStory.items.every((h) => h.kind === 'story' && h.domain === 'Circulation')).toBe(true);
    expect((await search('kind:"best practice"')).items.map((h) => h.kind)).toContain('best-practice');
    expect((await search('desk tag:desk stage:share')).items.map((h) => h.title)).toEqual(['Zebrafish loan desk']);
    expect((await search('desk tag:desk stage:reflect')).items.map((h) => h.title)).toEqual(['Weekly desk notes']);
    const weeding = await search('tag:WEEDING');
    expect(weeding.items.map((h) => h.title)).toContain('Penyiangan koleksi tercetak');
    expect(weeding.total).toBe(
      count("SELECT count(DISTINCT t.note_id) FROM note_tags t JOIN notes n ON n.id = t.note_id WHERE n.deleted_at IS NULL AND (lower(t.tag) = 'weeding' OR lower(t.tag) LIKE 'weeding/%')"),
    );
    expect(await titles('tag:stacks')).toEqual(['Quokka alias holder']);
  });

  it('ORs repeated values of one key', async () => {
    const r = await titles('zebrafish tag:queues tag:nothing-like-this');
    expect(r).toEqual(['Weekly desk notes']);
    const both = await search('kind:story kind:tool domain:Circulation');
    expect(both.items.map((h) => h.title)).toEqual(expect.arrayContaining(['Weekly desk notes', 'Zebrafish loan desk']));
    expect(both.items.every((h) => h.kind === 'story' || h.kind === 'tool')).toBe(true);
  });

  it('filters by author name (substring, any case) or member id', async () => {
    const sari = await titles('author:sari domain:Shelving');
    expect(sari).toEqual(['Quokka alias holder']);
    expect(await titles('author:"dewi anggraini" tag:weeding')).toEqual(['Penyiangan koleksi tercetak']);
    expect(await titles('zebrafish author:m-budi')).toEqual(['Weekly desk notes']);
  });

  it('returns nothing for an empty query and pages results', async () => {
    expect((await search('   ')).total).toBe(0);
    const all = await client.call('search.query', { q: 'domain:Circulation', limit: 200 });
    const page = await client.call('search.query', { q: 'domain:Circulation', offset: 2, limit: 3 });
    expect(page.items.map((h) => h.id)).toEqual(all.items.slice(2, 5).map((h) => h.id));
    expect(page.total).toBe(all.total);
  });
});

describe('incremental updates', () => {
  it('indexes a note created or updated through the API at once', async () => {
    const domainId = count("SELECT id FROM domains WHERE name = 'Procurement'") as unknown as string;
    const note = await client.call('notes.create', { domainId, title: 'Ocelot budget review' });
    expect(await titles('ocelot')).toEqual(['Ocelot budget review']);
    await client.call('notes.update', { id: note.id, body: 'Vendors quoted in xylophonic detail.' });
    const r = await search('xylophonic');
    expect(r.items.map((h) => h.id)).toEqual([note.id]);
    expect(r.items[0].snippet).toContain('«xylophonic»');
    await client.call('notes.update', { id: note.id, title: 'Lynx budget review' });
    expect((await search('ocelot')).total).toBe(0);
    expect(await titles('lynx')).toEqual(['Lynx budget review']);
  });

  it('drops trashed notes and brings restored ones back (writes from any code path, via the change log)', async () => {
    services.db.prepare("UPDATE notes SET deleted_at = '2026-11-22T10:00:00Z' WHERE id = ?").run(ids['Zebrafish loan desk']);
    expect(await titles('zebrafish')).toEqual(['Weekly desk notes']);
    services.db.prepare('UPDATE notes SET deleted_at = NULL WHERE id = ?').run(ids['Zebrafish loan desk']);
    expect(await titles('zebrafish')).toEqual(['Zebrafish loan desk', 'Weekly desk notes']);
  });

  it('follows tag, alias and author changes', async () => {
    services.db.prepare("INSERT INTO note_tags (note_id, tag) VALUES (?, 'ergonomics')").run(ids['Zebrafish loan desk']);
    expect(await titles('tag:ergonomics')).toEqual(['Zebrafish loan desk']);
    // A tag word is found as free text too (prefix while typing, fuzzy when misspelt), and a later tag change follows.
    expect(await titles('ergonom')).toEqual(['Zebrafish loan desk']);
    expect(await titles('ergonomcs')).toEqual(['Zebrafish loan desk']);
    expect(await titles('zebrafish ergonomics')).toEqual(['Zebrafish loan desk']);
    services.db.prepare("DELETE FROM note_tags WHERE tag = 'ergonomics'").run();
    expect(await titles('ergonomics')).toEqual([]);
    services.db.prepare("DELETE FROM note_aliases WHERE note_id = ?").run(ids['Quokka alias holder']);
    expect(await titles('marsupial')).toEqual(['Marsupial body mention']);
  });

  it('reports status and rebuilds on demand with progress events', async () => {
    const progress: { done: number; total: number; finished: boolean }[] = [];
    const off = client.on('task.progress', (p) => progress.push(p));
    const status = await client.call('search.rebuild', {});
    off();
    const live = count('SELECT count(*) FROM notes WHERE deleted_at IS NULL');
    expect(status).toEqual({ state: 'ready', indexed: live, loadedFromDisk: false });
    expect(progress.at(-1)).toMatchObject({ done: live, total: live, finished: true });
    expect(await titles('lynx')).toEqual(['Lynx budget review']);
  });
});
