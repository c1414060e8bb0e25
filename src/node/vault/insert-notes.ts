// Bulk insert of imported notes (with source_path) that fills the FTS5 body index once instead of row by row.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { NoteKind, SharingStage } from '../../common/api/types';
import { titleKey } from '../../common/wikilink';

export interface ImportedNoteRow {
  id: string;
  title: string;
  domainId: string;
  kind: NoteKind;
  stage: SharingStage;
  body: string;
  tags: string[];
  aliases: string[];
  /** Vault-relative path with forward slashes. */
  sourcePath: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Per-row insert triggers a bulk import replaces with set-based statements: the FTS5 index (migration 005) and
 * the search change log (migration 004; its reader takes DISTINCT note ids, so one row per note is the same).
 */
const BULK_TRIGGERS = ['notes_fts_ins', 'search_log_notes_ins', 'search_log_note_tags_ins', 'search_log_note_aliases_ins', 'search_log_note_authors_ins'];

/**
 * Runs `write`, which inserts the notes `noteIds` (and their tags, aliases, authors) and nothing else, with the per-row
 * insert triggers above dropped; then notes_fts gets those notes in one INSERT ... SELECT, search_changes one row per
 * note, and the triggers are re-created from their own stored SQL. Inside a transaction only: DDL is transactional
 * in SQLite, so if anything throws the rollback restores the triggers too. Also used by the package import.
 */
export function withoutInsertTriggers(db: Database, noteIds: readonly string[], write: () => void): void {
  if (!db.inTransaction) throw new AppError('INTERNAL', 'withoutInsertTriggers must run inside a transaction');
  const triggerSql = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?))");
  const dropped = new Map((triggerSql.all(JSON.stringify(BULK_TRIGGERS)) as { name: string; sql: string }[]).map((t) => [t.name, t.sql]));
  for (const name of dropped.keys()) db.exec(`DROP TRIGGER ${name}`);
  write();
  const ids = JSON.stringify(noteIds);
  // Exactly the rows the triggers would have written, before anything can update the notes (the FTS update
  // trigger deletes OLD values from the index, which must be there).
  if (dropped.has('notes_fts_ins')) {
    db.prepare('INSERT INTO notes_fts (rowid, title, body) SELECT n.rowid, n.title, n.body FROM json_each(?) j JOIN notes n ON n.id = j.value').run(ids);
  }
  if (BULK_TRIGGERS.slice(1).some((t) => dropped.has(t))) db.prepare('INSERT INTO search_changes (note_id) SELECT value FROM json_each(?)').run(ids);
  for (const sql of dropped.values()) db.exec(sql);
}

/**
 * Inserts the notes, their tags and aliases. Must run inside the caller's transaction: the per-row triggers above
 * are dropped, the rows go in, notes_fts gets them in one INSERT ... SELECT and search_changes one row per note,
 * and the triggers are re-created from their own stored SQL. DDL is transactional in SQLite, so if anything
 * throws the rollback restores the triggers too. Title uniqueness is the caller's job (UniqueTitles); the
 * partial unique index still refuses a clash.
 */
export function insertImportedNotes(db: Database, notes: readonly ImportedNoteRow[]): void {
  if (!db.inTransaction) throw new AppError('INTERNAL', 'insertImportedNotes must run inside a transaction');
  if (notes.length === 0) return;
  const note = db.prepare(
    `INSERT INTO notes (id, title, title_key, domain_id, kind, stage, lang, body, source_path, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, ?)`,
  );
  const tag = db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)');
  const alias = db.prepare('INSERT OR IGNORE INTO note_aliases (note_id, alias, alias_key) VALUES (?, ?, ?)');
  withoutInsertTriggers(
    db,
    notes.map((n) => n.id),
    () => {
      for (const n of notes) {
        try {
          note.run(n.id, n.title, titleKey(n.title), n.domainId, n.kind, n.stage, n.body, n.sourcePath, n.createdAt, n.updatedAt);
        } catch (err) {
          if ((err as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw err;
          throw new AppError('CONFLICT', `A note titled "${n.title}" already exists in this domain (from ${n.sourcePath}); nothing was imported`);
        }
        for (const t of n.tags) tag.run(n.id, t);
        for (const a of n.aliases) alias.run(n.id, a, titleKey(a));
      }
    },
  );
}
