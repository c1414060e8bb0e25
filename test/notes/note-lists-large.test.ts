// Whole-workspace lists past SQLite's bound-variable limit (32,766): tags are attached by one shared helper.
import { describe, expect, it } from 'vitest';
import { titleKey } from '../../src/common/wikilink';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();
const N = 40_001;

describe('note lists with more notes than SQLite accepts variables', () => {
  it('notes.list, notes.trash and a tag page work on 40,001 notes and attach each note its own sorted tags', { timeout: 60_000 }, async () => {
    const env = notesEnv(tempDir());
    try {
      const domainId = await env.domain('Stacks');
      const db = env.services.db;
      db.transaction(() => {
        const note = db.prepare(
          `INSERT INTO notes (id, title, title_key, domain_id, kind, stage, body, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'practice', 'identify', '', '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')`,
        );
        const tag = db.prepare('INSERT INTO note_tags (note_id, tag) VALUES (?, ?)');
        for (let i = 0; i < N; i++) {
          const id = `note-${String(i).padStart(6, '0')}`;
          const title = `Shelf ${String(i).padStart(6, '0')}`;
          note.run(id, title, titleKey(title), domainId);
          // Inserted out of order on purpose: the list must return them sorted.
          tag.run(id, `z${i % 7}`);
          if (i % 3 === 0) tag.run(id, 'all-threes');
        }
      })();

      const list = await env.services.api['notes.list']({});
      expect(list).toHaveLength(N);
      expect(list[0]).toMatchObject({ id: 'note-000000', title: 'Shelf 000000', tags: ['all-threes', 'z0'] });
      expect(list[40_000]).toMatchObject({ id: 'note-040000', tags: ['z2'] });
      expect(list[39_999]).toMatchObject({ id: 'note-039999', tags: ['all-threes', 'z1'] });
      expect(list.filter((n) => n.tags.includes('all-threes'))).toHaveLength(Math.ceil(N / 3));
      expect(await env.services.api['notes.list']({ domainId })).toHaveLength(N);

      const page = await env.services.api['notes.page']({ tag: 'all-threes', offset: 13_000, limit: 500, sort: 'title' });
      expect(page.total).toBe(Math.ceil(N / 3));
      expect(page.items).toHaveLength(334);
      expect(page.items[0]).toMatchObject({ id: 'note-039000', tags: ['all-threes', 'z3'] });

      db.prepare("UPDATE notes SET deleted_at = '2026-11-22T11:00:00.000Z'").run();
      const trash = await env.services.api['notes.trash']({});
      expect(trash).toHaveLength(N);
      expect(trash.find((n) => n.id === 'note-000005')).toMatchObject({ tags: ['z5'], deletedAt: '2026-11-22T11:00:00.000Z' });
    } finally {
      env.services.close();
    }
  });
});
