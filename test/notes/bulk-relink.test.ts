// Set-based link derivation (relinkAll, Markdown import) writes exactly the links table that per-note relink writes.
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NoteStore } from '../../src/node/store/note-store';
import { importMarkdown } from '../../src/node/vault/import-markdown';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, FIXED_NOW, openServices } from '../helpers/workspace';
import { FOAM_DOCS } from '../vault/vault-helpers';

const tempDir = useTempDirs();

function linksTable(db: Database): unknown[] {
  return db.prepare('SELECT * FROM links ORDER BY source_id, position').all();
}

/** The links table as NoteStore.relink derives it, one note and one query per link at a time. */
function perNoteLinks(db: Database): unknown[] {
  const store = new NoteStore(db);
  db.transaction(() => {
    for (const id of db.prepare('SELECT id FROM notes ORDER BY rowid').pluck().all() as string[]) store.relink(id);
  })();
  return linksTable(db);
}

function resolvedCount(db: Database): number {
  return db.prepare('SELECT count(*) FROM links WHERE target_id IS NOT NULL').pluck().get() as number;
}

describe('bulk link resolution', () => {
  it('relinkAll gives the per-note links table on the demo workspace, also with a trashed note', () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const db = services.db;
      const store = new NoteStore(db);
      store.relinkAll();
      const bulk = linksTable(db);
      expect(resolvedCount(db)).toBeGreaterThan(20);
      expect(perNoteLinks(db)).toEqual(bulk);

      // Trash the most linked note: both ways must now skip it (or fall back to an alias elsewhere) alike.
      const hub = db.prepare('SELECT target_id FROM links WHERE target_id IS NOT NULL GROUP BY target_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
      db.prepare('UPDATE notes SET deleted_at = ? WHERE id = ?').run(FIXED_NOW.toISOString(), hub);
      store.relinkAll();
      const afterTrash = linksTable(db);
      expect(afterTrash).not.toEqual(bulk);
      expect(db.prepare('SELECT count(*) FROM links WHERE target_id = ?').pluck().get(hub)).toBe(0);
      expect(perNoteLinks(db)).toEqual(afterTrash);
    } finally {
      services.close();
    }
  });

  it('a Foam vault imported into the demo workspace gets the per-note links table', () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const db = services.db;
      const report = importMarkdown({ db, workspaceDir: services.workspaceDir, dir: FOAM_DOCS, now: FIXED_NOW.toISOString() });
      expect(report.notes).toBeGreaterThan(50);
      const bulk = linksTable(db);
      expect(resolvedCount(db)).toBeGreaterThan(100);
      expect(perNoteLinks(db)).toEqual(bulk);
    } finally {
      services.close();
    }
  });

  it('importing a vault resolves links of existing notes that were waiting for its titles', () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const db = services.db;
      const demoNote = db.prepare('SELECT id, domain_id FROM notes ORDER BY rowid LIMIT 1').get() as { id: string; domain_id: string };
      db.prepare("UPDATE notes SET body = body || ' See [[Recipes]] and [[Nothing Like This]].' WHERE id = ?").run(demoNote.id);
      new NoteStore(db).relink(demoNote.id);
      const waiting = () => db.prepare("SELECT target_id FROM links WHERE source_id = ? AND target_key = 'recipes'").pluck().get(demoNote.id);
      expect(waiting()).toBeNull();
      importMarkdown({ db, workspaceDir: services.workspaceDir, dir: FOAM_DOCS, now: FIXED_NOW.toISOString() });
      expect(waiting()).toEqual(expect.any(String));
      const bulk = linksTable(db);
      expect(perNoteLinks(db)).toEqual(bulk);
    } finally {
      services.close();
    }
  });
});
