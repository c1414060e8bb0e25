// The import's bulk write (insert-new-notes, insert-links): search index, change log, triggers, links and versions as per-row writes leave them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relinkIds } from '../../../src/node/notes/bulk-relink';
import { importPackage } from '../../../src/node/packages/import/import-package';
import { useTempDirs } from '../../helpers/temp-dir';
import { count, exportDomain, openSide } from './import-fixture';
import type { Side } from './import-fixture';

const tmp = useTempDirs();
let root: string;
let a: Side;
let b: Side;

const triggers = (side: Side) => side.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
const importedIds = (side: Side, packageId: string) =>
  side.db.prepare('SELECT note_id FROM provenance WHERE package_id = ? ORDER BY note_id').pluck().all(packageId) as string[];
const linksOf = (side: Side, ids: string[]) =>
  side.db
    .prepare('SELECT source_id, position, target_domain, target_title, target_key, target_id, heading, label FROM links WHERE source_id IN (SELECT value FROM json_each(?)) ORDER BY source_id, position')
    .all(JSON.stringify(ids));

beforeAll(() => {
  root = tmp('bulk-write');
  a = openSide(root, 'a');
  b = openSide(root, 'b');
});

afterAll(() => {
  a.services.close();
  b.services.close();
});

describe('bulk write of imported notes', () => {
  it('a failed import (thrown before commit) leaves the triggers, notes and search log as they were', async () => {
    const pkg = await exportDomain(a, root, 'Circulation', 'fail.copkg');
    const before = { triggers: triggers(b), notes: count(b.db, 'SELECT count(*) FROM notes'), log: count(b.db, 'SELECT count(*) FROM search_changes') };
    const ctx = { db: b.db, workspaceDir: b.dir, now: () => '2026-11-22T11:00:00.000Z', beforeCommit: () => { throw new Error('boom before commit'); } };
    await expect(importPackage(pkg.path, { strategy: 'keep-mine', choices: {}, dryRun: false }, ctx)).rejects.toThrow('boom before commit');
    expect(triggers(b)).toEqual(before.triggers);
    expect(count(b.db, 'SELECT count(*) FROM notes')).toBe(before.notes);
    expect(count(b.db, 'SELECT count(*) FROM search_changes')).toBe(before.log);
  });

  it('indexes every added note for search, logs it once, restores the triggers, and writes the links and versions per-row writes would', async () => {
    const pkg = await exportDomain(a, root, 'Circulation', 'bulk.copkg');
    const before = triggers(b);
    const lastLog = count(b.db, 'SELECT coalesce(max(seq), 0) FROM search_changes');
    const report = await b.client.call('packages.import', { path: pkg.path });
    expect(report.added).toBeGreaterThan(2);
    const ids = importedIds(b, pkg.packageId);
    expect(ids).toHaveLength(report.added);

    // Same triggers, same SQL: a later insert is indexed by them again.
    expect(triggers(b)).toEqual(before);
    // FTS5 integrity check with rank 1 compares the index with the notes table: it fails if any note is missing.
    expect(() => b.db.prepare("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    const logged = b.db.prepare('SELECT DISTINCT note_id FROM search_changes WHERE seq > ? ORDER BY note_id').pluck().all(lastLog) as string[];
    for (const id of ids) expect(logged).toContain(id);
    // One version per added note, with the import reason.
    expect(count(b.db, "SELECT count(*) FROM note_versions WHERE note_id IN (SELECT value FROM json_each(?)) AND reason LIKE 'import: %'", JSON.stringify(ids))).toBe(ids.length);
    // Authors in order, as in A.
    expect(count(b.db, 'SELECT count(*) FROM note_authors WHERE note_id IN (SELECT value FROM json_each(?))', JSON.stringify(ids))).toBeGreaterThan(0);

    // The links rows equal what the per-note relink derives from the stored bodies.
    const written = linksOf(b, ids);
    expect(written.length).toBeGreaterThan(0);
    const rederived = b.db.transaction(() => {
      relinkIds(b.db, ids);
      const rows = linksOf(b, ids);
      throw Object.assign(new Error('rollback'), { rows });
    });
    let again: unknown[] = [];
    try {
      rederived();
    } catch (err) {
      again = (err as { rows: unknown[] }).rows;
    }
    expect(again).toEqual(written);

    // A note inserted afterwards goes through the restored triggers into the index and the log.
    const circB = b.db.prepare("SELECT id FROM domains WHERE name = 'Circulation'").pluck().get() as string;
    const created = await b.client.call('notes.create', { title: 'Zebra crossing queue', domainId: circB, kind: 'practice' });
    const hits = b.db.prepare('SELECT n.id FROM notes_fts f JOIN notes n ON n.rowid = f.rowid WHERE notes_fts MATCH ?').pluck().all('"zebra"') as string[];
    expect(hits).toContain(created.id);
  });
});
