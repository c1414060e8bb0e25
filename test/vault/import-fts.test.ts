// Vault import fills the FTS5 body index in bulk (search finds imported bodies), keeps the insert trigger, and records source_path.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { importMarkdown } from '../../src/node/vault/import-markdown';
import { insertImportedNotes } from '../../src/node/vault/insert-notes';
import { useTempDirs } from '../helpers/temp-dir';
import { openServices } from '../helpers/workspace';
import { emptyWorkspace } from './vault-helpers';

const tempDir = useTempDirs();

function smallVault(root: string): string {
  const vault = join(root, 'Reading Room');
  mkdirSync(join(vault, 'shelves', 'upper'), { recursive: true });
  writeFileSync(join(vault, 'welcome.md'), '# Welcome\n\nStart at [[Loans]].\n');
  writeFileSync(join(vault, 'shelves', 'loans.md'), '---\ntitle: Loans\ntags: [desk]\n---\nThe quokkaphrase rule applies to [[Welcome]].\n');
  writeFileSync(join(vault, 'shelves', 'upper', 'archive.markdown'), 'Archive of returns, see [[loans]].\n');
  return vault;
}

const ftsDocs = (db: Database) => db.prepare('SELECT count(*) FROM notes_fts_docsize').pluck().get() as number;
const liveNotes = (db: Database) => db.prepare('SELECT count(*) FROM notes WHERE deleted_at IS NULL').pluck().get() as number;
/** Every trigger's SQL: the import drops and re-creates some of them inside its transaction. */
const triggers = (db: Database) => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as { name: string; sql: string }[];
const integrity = (db: Database) => db.prepare("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)").run();

describe('vault import and the search index', () => {
  it('search finds a word that is only in an imported body; the FTS index holds every live note', async () => {
    const root = tempDir();
    const ws = emptyWorkspace(root);
    const services = openServices(ws);
    try {
      const triggerBefore = triggers(services.db);
      expect(triggerBefore.map((t) => t.name)).toContain('notes_fts_ins');
      expect(triggerBefore.map((t) => t.name)).toContain('search_log_notes_ins');
      const report = await services.api['vault.importMarkdown']({ dir: smallVault(root), dryRun: false });
      expect(report.notes).toBe(3);
      const result = await services.api['search.query']({ q: 'quokkaphrase', offset: 0, limit: 50 });
      expect(result.items.map((h) => h.title)).toEqual(['Loans']);
      expect(ftsDocs(services.db)).toBe(liveNotes(services.db));
      expect(ftsDocs(services.db)).toBe(3);
      // FTS5 compares the index with the notes table (external content): throws when they disagree.
      expect(() => integrity(services.db)).not.toThrow();
      // The per-row trigger is back: a note written after the import is indexed as before.
      expect(triggers(services.db)).toEqual(triggerBefore);
      const note = await services.api['notes.create']({ domainId: report.domainId!, title: 'Later' });
      expect(ftsDocs(services.db)).toBe(4);
      await services.api['notes.update']({ id: note.id, body: 'A zebrafinch note.' });
      const later = await services.api['search.query']({ q: 'zebrafinch', offset: 0, limit: 50 });
      expect(later.items.map((h) => h.id)).toEqual([note.id]);
      expect(() => integrity(services.db)).not.toThrow();
    } finally {
      services.close();
    }
  });

  it('a failed import leaves the insert trigger and the index as they were', async () => {
    const root = tempDir();
    const ws = emptyWorkspace(root);
    const services = openServices(ws);
    try {
      const triggerBefore = triggers(services.db);
      expect(() =>
        importMarkdown({
          db: services.db,
          workspaceDir: ws,
          dir: smallVault(root),
          now: '2026-11-22T11:00:00.000Z',
          beforeCommit: () => {
            throw new Error('injected failure');
          },
        }),
      ).toThrow('injected failure');
      expect(triggers(services.db)).toEqual(triggerBefore);
      expect(ftsDocs(services.db)).toBe(0);
      expect(liveNotes(services.db)).toBe(0);
      const domain = await services.api['domains.create']({ name: 'Desk' });
      await services.api['notes.create']({ domainId: domain.id, title: 'Pelicanword' });
      expect(ftsDocs(services.db)).toBe(1);
      expect((await services.api['search.query']({ q: 'pelicanword', offset: 0, limit: 50 })).total).toBe(1);
    } finally {
      services.close();
    }
  });

  it('a search index built before the import catches up through the change log (one entry per imported note)', async () => {
    const root = tempDir();
    const ws = emptyWorkspace(root);
    const services = openServices(ws);
    try {
      expect((await services.api['search.query']({ q: 'loans', offset: 0, limit: 50 })).total).toBe(0);
      const seq = () => services.db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'search_changes'").pluck().get() as number;
      const before = seq();
      const report = await services.api['vault.importMarkdown']({ dir: smallVault(root), dryRun: false });
      const logged = services.db.prepare('SELECT DISTINCT note_id FROM search_changes WHERE seq > ? ORDER BY note_id').pluck().all(before);
      const imported = services.db.prepare('SELECT id FROM notes WHERE domain_id = ? ORDER BY id').pluck().all(report.domainId);
      expect(logged).toEqual(imported);
      // Title and tag terms come from the persisted index, which reads the change log.
      const hits = await services.api['search.query']({ q: 'loans', offset: 0, limit: 50 });
      expect(hits.items.map((h) => h.title)).toContain('Loans');
      expect((await services.api['search.query']({ q: 'tag:desk', offset: 0, limit: 50 })).items.map((h) => h.title)).toEqual(['Loans']);
    } finally {
      services.close();
    }
  });

  it('every imported note records its vault-relative path with forward slashes in source_path', async () => {
    const root = tempDir();
    const ws = emptyWorkspace(root);
    const services = openServices(ws);
    try {
      await services.api['vault.importMarkdown']({ dir: smallVault(root), dryRun: false });
      const rows = services.db.prepare('SELECT title, source_path FROM notes ORDER BY title').all();
      expect(rows).toEqual([
        { title: 'Loans', source_path: 'shelves/loans.md' },
        { title: 'Welcome', source_path: 'welcome.md' },
        { title: 'archive', source_path: 'shelves/upper/archive.markdown' },
      ]);
    } finally {
      services.close();
    }
  });

  it('the bulk insert refuses a title clash with CONFLICT and the rollback keeps the triggers', async () => {
    const root = tempDir();
    const services = openServices(emptyWorkspace(root));
    try {
      const domain = await services.api['domains.create']({ name: 'Desk' });
      await services.api['notes.create']({ domainId: domain.id, title: 'Loans' });
      const before = triggers(services.db);
      const row = { domainId: domain.id, kind: 'practice' as const, stage: 'identify' as const, body: 'b', tags: [], aliases: [], createdAt: 'x', updatedAt: 'x' };
      let error: unknown;
      try {
        services.db.transaction(() =>
          insertImportedNotes(services.db, [
            { ...row, id: 'n1', title: 'Fresh', sourcePath: 'fresh.md' },
            { ...row, id: 'n2', title: 'loans', sourcePath: 'dir/loans.md' },
          ]),
        )();
      } catch (err) {
        error = err;
      }
      expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('dir/loans.md') });
      expect(triggers(services.db)).toEqual(before);
      expect(liveNotes(services.db)).toBe(1);
      expect(ftsDocs(services.db)).toBe(1);
    } finally {
      services.close();
    }
  });
});
