// Writes the notes a package import adds, in bulk: rows, tags, aliases, authors, search index, first version.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../common/errors';
import { titleKey } from '../../../common/wikilink';
import { withoutInsertTriggers } from '../../vault/insert-notes';
import type { LocalContent } from './classify';

export interface NewNoteRow {
  id: string;
  content: LocalContent;
  domainId: string;
  lang: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Inserts the rows NoteStore.insert would write for each note (inside the caller's transaction), with the search
 * triggers replaced by one set-based fill (see withoutInsertTriggers), then one 'reason' version per note as
 * VersionStore.record writes for a note without history. Titles were made free by DomainTitles; the unique index
 * still refuses a clash (CONFLICT, and the caller's transaction rolls back).
 */
export function insertNewNotes(db: Database, rows: readonly NewNoteRow[], reason: string, now: string): void {
  if (rows.length === 0) return;
  const note = db.prepare(
    `INSERT INTO notes (id, title, title_key, domain_id, kind, stage, lang, body, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tag = db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)');
  const author = db.prepare('INSERT OR IGNORE INTO note_authors (note_id, member_id, position) VALUES (?, ?, ?)');
  const alias = db.prepare('INSERT OR IGNORE INTO note_aliases (note_id, alias, alias_key) VALUES (?, ?, ?)');
  const version = db.prepare('INSERT INTO note_versions (note_id, title, body, reason, created_at) VALUES (?, ?, ?, ?, ?)');
  // In id order: the id indexes then grow at their end instead of at random places.
  const ordered = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = ordered.map((r) => r.id);
  withoutInsertTriggers(db, ids, () => {
    for (const r of ordered) {
      const c = r.content;
      try {
        note.run(r.id, c.title, titleKey(c.title), r.domainId, c.kind, c.stage, r.lang, c.body, r.createdAt, r.updatedAt);
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw err;
        throw new AppError('CONFLICT', `A note titled "${c.title}" already exists in this domain`);
      }
      for (const t of c.tags) tag.run(r.id, t);
      for (let i = 0; i < c.authorIds.length; i++) author.run(r.id, c.authorIds[i], i);
      for (const a of c.aliases) alias.run(r.id, a, titleKey(a));
    }
  });
  // The row VersionStore.record copies from the note just written (same title and body).
  for (const r of ordered) version.run(r.id, r.content.title, r.content.body, reason, now);
}
