// The FTS5 body index (migration 005): trigger sync, trashed notes, body phrases, filters in SQL, title-over-body ranking.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, openServices } from '../helpers/workspace';
import { createInProcessClient } from '../../src/node/transport/in-process';
import type { Services } from '../../src/node/services/create-services';
import type { ApiClient } from '../../src/common/api/contract';
import { MIGRATIONS, migrate } from '../../src/node/db/migrations';
import { addNotes, FIXTURE_NOTES } from './fixture';
import { expandPrefix, MAX_PREFIX_EXPANSION } from '../../src/node/search/fts-body';

const tempDir = useTempDirs();
let services: Services;
let client: ApiClient;
let ids: Record<string, string>;

const search = (q: string) => client.call('search.query', { q, limit: 200 });
const titles = async (q: string) => (await search(q)).items.map((h) => h.title);
/** Raw FTS5 lookup, bypassing the search service: which notes the body index holds for a word. */
const ftsIds = (word: string) =>
  services.db
    .prepare('SELECT n.id FROM notes_fts JOIN notes n ON n.rowid = notes_fts.rowid WHERE notes_fts MATCH ? ORDER BY n.id')
    .pluck()
    .all(`"${word}"`) as string[];

beforeAll(async () => {
  const dir = demoWorkspace(tempDir('search-fts'));
  ids = addNotes(dir, [
    ...FIXTURE_NOTES,
    { title: 'Capybara', domain: 'Procurement', body: 'Short title note.', kind: 'story', stage: 'share', tags: ['animals'] },
    { title: 'Reading list', domain: 'Procurement', body: 'The capybara is mentioned in passing in this long body about reading lists.', kind: 'tool', stage: 'apply' },
  ]);
  services = openServices(dir);
  client = createInProcessClient(services);
  await search('warm');
});
afterAll(() => services.close());

describe('FTS5 body index', () => {
  it('is kept in sync by triggers on insert, body update and delete', async () => {
    const domainId = services.db.prepare("SELECT id FROM domains WHERE name = 'Procurement'").pluck().get() as string;
    const note = await client.call('notes.create', { domainId, title: 'Tapir invoices' });
    expect(ftsIds('tapir')).toEqual([note.id]);
    await client.call('notes.update', { id: note.id, body: 'Every invoice is checked by the quagga committee.' });
    expect(ftsIds('quagga')).toEqual([note.id]);
    expect(await titles('quagga')).toEqual(['Tapir invoices']);
    await client.call('notes.update', { id: note.id, body: 'Now about the gerenuk instead.' });
    expect(ftsIds('quagga')).toEqual([]);
    expect((await search('quagga')).total).toBe(0);
    expect(await titles('gerenuk')).toEqual(['Tapir invoices']);
    services.db.prepare('DELETE FROM notes WHERE id = ?').run(note.id);
    expect(ftsIds('gerenuk')).toEqual([]);
    expect((await search('gerenuk')).total).toBe(0);
    expect(services.db.prepare("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
  });

  it('hides trashed notes from body matches and shows them again on restore', async () => {
    const id = ids['Weekly desk notes'];
    expect(await titles('trolley')).toContain('Weekly desk notes');
    await client.call('notes.delete', { id });
    expect(await titles('trolley')).not.toContain('Weekly desk notes');
    expect(await titles('"zebrafish poster"')).toEqual([]);
    await client.call('notes.restore', { id });
    expect(await titles('"zebrafish poster"')).toEqual(['Weekly desk notes']);
  });

  it('matches a phrase in the body (word order matters) and a phrase whose words are stop words', async () => {
    expect(await titles('"the front desk"')).toEqual(['Zebrafish loan desk']);
    expect(await titles('"desk front"')).toEqual([]);
    expect(await titles('"mentioned in passing"')).toEqual(['Reading list']);
  });

  it('applies filters to body hits in SQL (domain, kind, stage, tag, author)', async () => {
    expect(await titles('capybara')).toEqual(['Capybara', 'Reading list']);
    expect(await titles('capybara kind:tool')).toEqual(['Reading list']);
    expect(await titles('capybara stage:share')).toEqual(['Capybara']);
    expect(await titles('capybara tag:animals')).toEqual(['Capybara']);
    expect(await titles('capybara domain:Circulation')).toEqual([]);
    expect(await titles('zebrafish trolley author:m-budi')).toEqual(['Weekly desk notes']);
    expect(await titles('trolley author:m-sari')).not.toContain('Weekly desk notes');
  });

  it('ranks a title hit above a body hit with more occurrences, and matches a body word by prefix', async () => {
    const r = await search('capybara');
    expect(r.items.map((h) => h.title)).toEqual(['Capybara', 'Reading list']);
    expect(r.items[0].score).toBeGreaterThan(r.items[1].score);
    expect(r.items[1].snippet).toContain('«capybara»');
    expect(await titles('capyb')).toEqual(['Capybara', 'Reading list']);
    const typed = await search('passi');
    expect(typed.items.map((h) => h.title)).toEqual(['Reading list']);
    expect(typed.items[0].snippet).toContain('«passing»');
  });

  it('ANDs words across title and body ("zebrafish poster" finds the body note only)', async () => {
    expect(await titles('zebrafish poster')).toEqual(['Weekly desk notes']);
    expect(await titles('zebrafish front')).toEqual(['Zebrafish loan desk']);
  });
});

describe('prefix expansion', () => {
  it('expands a 4+ letter prefix to the indexed words, and matches what the plain prefix query matches', async () => {
    expect(expandPrefix(services.db, 'capy')).toEqual(['capybara']);
    expect(expandPrefix(services.db, 'cap')).toBeNull();
    expect(expandPrefix(services.db, 'zzzq')).toEqual([]);
    const expanded = (await search('capyb')).items.map((h) => h.id).sort();
    const plain = services.db
      .prepare('SELECT n.id FROM notes_fts JOIN notes n ON n.rowid = notes_fts.rowid WHERE notes_fts MATCH ? AND n.deleted_at IS NULL')
      .pluck()
      .all('"capyb"*') as string[];
    plain.sort();
    expect(expanded).toEqual(plain);
    expect(expanded).toHaveLength(2);
    expect((await search('zzzq')).total).toBe(0);
  });

  it('leaves a prefix of more than MAX_PREFIX_EXPANSION words as a prefix query', async () => {
    const note = await client.call('notes.create', { domainId: (await client.call('domains.list', {}))[0].id, title: 'Many quux words' });
    const words = Array.from({ length: MAX_PREFIX_EXPANSION + 1 }, (_, i) => `quux${String.fromCharCode(97 + (i % 26))}${i}`);
    await client.call('notes.update', { id: note.id, body: words.join(' ') });
    expect(expandPrefix(services.db, 'quux')).toBeNull();
    expect((await search('quux')).items.map((h) => h.id)).toContain(note.id);
    expect(expandPrefix(services.db, 'quuxa')).toEqual(['quuxa0']);
  });
});

describe('migration 005', () => {
  it('indexes the notes of a workspace created before it', () => {
    const db = new Database(join(tempDir('mig005'), 'w.db'));
    try {
      migrate(db, MIGRATIONS.slice(0, 4));
      db.prepare("INSERT INTO domains (id, slug, name, created_at, updated_at) VALUES ('d', 'd', 'D', 'x', 'x')").run();
      db.prepare(
        "INSERT INTO notes (id, title, title_key, domain_id, kind, stage, body, created_at, updated_at) VALUES ('n1', 'Old note', 'old note', 'd', 'tool', 'share', 'an aardvark lives here', 'x', 'x')",
      ).run();
      expect(migrate(db, MIGRATIONS.slice(0, 5))).toBe(5);
      expect(db.prepare("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'aardvark'").pluck().all()).toHaveLength(1);
      expect(db.prepare("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'old'").pluck().all()).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});
