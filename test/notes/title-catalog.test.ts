// The title catalogue behind quick open and [[ autocomplete: fuzzy ranking, and staying current after every kind of write.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { titleKey } from '../../src/common/wikilink';
import { titleCatalog } from '../../src/node/notes/title-catalog';
import { NoteSource } from '../../src/node/search/note-source';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();
const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

describe('title catalogue', () => {
  it('ranks substring and word-start matches first, with highlight positions, domain name and kind', async () => {
    const env = notesEnv(tempDir('catalog-rank'));
    const d = await env.domain('Shelving');
    await env.note(d, 'Shelf capacity forecast sheet');
    await env.note(d, 'Shelf-reading rota by range');
    await env.note(d, 'Stock rotation notes');
    const catalog = titleCatalog(env.services.db);
    const rows = catalog.query('shelf cap', 10);
    expect(rows[0]).toMatchObject({ title: 'Shelf capacity forecast sheet', domainId: d, domainName: 'Shelving', kind: expect.any(String), alias: null });
    expect(rows[0].positions).toEqual([0, 1, 2, 3, 4, 6, 7, 8]);
    // Word starts: "srn" is S(tock) r(otation) n(otes), not letters scattered inside words.
    expect(titles(catalog.query('srn', 10))).toEqual(['Stock rotation notes']);
    expect(catalog.query('zzz', 10)).toEqual([]);
    expect(catalog.query('s', 2)).toHaveLength(2);
  });

  it('follows creates, renames, trash, restore and alias changes made through the API', async () => {
    const env = notesEnv(tempDir('catalog-api'));
    const d = await env.domain('Circulation');
    const catalog = titleCatalog(env.services.db);
    expect(catalog.size()).toBe(0);
    const returns = await env.note(d, 'Returns desk');
    expect(titles(catalog.query('returns', 10))).toEqual(['Returns desk']);

    await env.client.call('notes.rename', { id: returns, title: 'Weeding rota' });
    expect(catalog.query('returns', 10)).toEqual([]);
    expect(titles(catalog.query('weed', 10))).toEqual(['Weeding rota']);

    await env.client.call('notes.setMeta', { id: returns, aliases: ['Pengembalian'] });
    expect(catalog.query('pengemb', 10)).toMatchObject([{ id: returns, title: 'Weeding rota', alias: 'Pengembalian', positions: [] }]);
    await env.client.call('notes.setMeta', { id: returns, aliases: [] });
    expect(catalog.query('pengemb', 10)).toEqual([]);

    await env.client.call('notes.delete', { id: returns });
    expect(catalog.query('weed', 10)).toEqual([]);
    expect(catalog.size()).toBe(0);
    await env.client.call('notes.restore', { id: returns });
    expect(titles(catalog.query('weed', 10))).toEqual(['Weeding rota']);

    // Domain renames show in the next answer.
    await env.client.call('domains.update', { id: d, name: 'Lending' });
    expect(catalog.query('weed', 10)[0].domainName).toBe('Lending');
  });

  it('sees raw SQL writes made by another connection (another process, such as the CLI)', async () => {
    const env = notesEnv(tempDir('catalog-raw'));
    const d = await env.domain('Archive');
    const kept = await env.note(d, 'Kept note');
    const catalog = titleCatalog(env.services.db);
    expect(catalog.size()).toBe(1);

    const other = new Database(env.services.db.name);
    try {
      other
        .prepare(
          `INSERT INTO notes (id, title, title_key, domain_id, kind, stage, lang, body, created_at, updated_at)
           VALUES ('raw-1', 'Written elsewhere', ?, ?, 'practice', 'share', 'en', '', '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')`,
        )
        .run(titleKey('Written elsewhere'), d);
      expect(titles(catalog.query('elsewhere', 10))).toEqual(['Written elsewhere']);
      other.prepare('UPDATE notes SET title = ?, title_key = ? WHERE id = ?').run('Kept and renamed', titleKey('Kept and renamed'), kept);
      other.prepare("INSERT INTO note_aliases (note_id, alias, alias_key) VALUES ('raw-1', 'Outside alias', 'outside alias')").run();
      expect(titles(catalog.query('renamed', 10))).toEqual(['Kept and renamed']);
      expect(catalog.query('outside', 10)).toMatchObject([{ id: 'raw-1', alias: 'Outside alias' }]);
      other.prepare('DELETE FROM notes WHERE id = ?').run('raw-1');
      expect(catalog.query('elsewhere', 10)).toEqual([]);

      // A change log pruned past the catalogue's position: it reads everything again rather than missing writes.
      other.prepare('UPDATE notes SET title = ?, title_key = ? WHERE id = ?').run('Pruned rename', titleKey('Pruned rename'), kept);
      other.prepare('INSERT INTO search_changes (note_id) VALUES (NULL)').run();
      new NoteSource(other).prune(new NoteSource(other).seq());
      expect(titles(catalog.query('pruned', 10))).toEqual(['Pruned rename']);
      expect(catalog.size()).toBe(1);
    } finally {
      other.close();
    }
  });

  it('answers an empty query with the most recently updated notes', async () => {
    const env = notesEnv(tempDir('catalog-recent'));
    const d = await env.domain('Recent');
    const a = await env.note(d, 'Alpha');
    env.tick(1000);
    const b = await env.note(d, 'Beta');
    env.tick(1000);
    await env.client.call('notes.update', { id: a, body: 'edited' });
    expect(titleCatalog(env.services.db).query('', 10).map((r) => r.id)).toEqual([a, b]);
    expect(titleCatalog(env.services.db).query('  ', 1).map((r) => r.id)).toEqual([a]);
  });

  it('keeps answering correctly after many replaced notes (the index is rebuilt)', async () => {
    const env = notesEnv(tempDir('catalog-churn'));
    const d = await env.domain('Churn');
    const id = await env.note(d, 'Churn 0');
    const catalog = titleCatalog(env.services.db);
    // Every query catches up and replaces the note's lines; past 1,000 dead lines the index is built again.
    for (let i = 1; i <= 1_300; i++) {
      env.services.db.prepare('UPDATE notes SET title = ?, title_key = ? WHERE id = ?').run(`Churn ${i}`, titleKey(`Churn ${i}`), id);
      const rows = catalog.query('churn', 5);
      if (i % 100 === 0) expect(titles(rows)).toEqual([`Churn ${i}`]);
    }
    expect(titles(catalog.query('churn 1300', 5))).toEqual(['Churn 1300']);
    expect(catalog.query('churn 12', 5)).toEqual([]);
  });
});
