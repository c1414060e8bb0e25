// Version history of notes: snapshots after each change, edits within 5 minutes coalesced into one row.
import type { Database, Statement } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { NoteVersion, NoteVersionInfo } from '../../common/api/methods/notes';

/** Edits closer together than this (by the same reason) share one version row. */
export const COALESCE_MS = 5 * 60 * 1000;
/** Reasons whose rows may be coalesced; rename and restore always get their own row. */
const COALESCING = new Set(['edit']);

interface LastVersion {
  id: number;
  reason: string;
  created_at: string;
  same: number;
}

export class VersionStore {
  private readonly lastStmt: Statement;
  private readonly insertStmt: Statement;

  constructor(private readonly db: Database) {
    this.lastStmt = db.prepare(
      `SELECT v.id, v.reason, v.created_at, (v.title = n.title AND v.body = n.body) AS same
       FROM note_versions v JOIN notes n ON n.id = v.note_id WHERE v.note_id = ? ORDER BY v.id DESC LIMIT 1`,
    );
    this.insertStmt = db.prepare(
      'INSERT INTO note_versions (note_id, title, body, reason, created_at) SELECT id, title, body, ?, ? FROM notes WHERE id = ?',
    );
  }

  private last(noteId: string): LastVersion | undefined {
    return this.lastStmt.get(noteId) as LastVersion | undefined;
  }

  /**
   * Call before changing a note: keeps its current state as a version of its own when history does not hold it
   * yet (first change of a note, or a change made outside this store), so nothing is ever lost.
   */
  keepCurrent(noteId: string, now: string): void {
    const last = this.last(noteId);
    if (last?.same) return;
    this.insert(noteId, last ? 'snapshot' : 'original', now);
  }

  /** Call after changing a note: records its new state, coalescing a burst of edits of the same reason. */
  record(noteId: string, reason: string, now: string): void {
    const last = this.last(noteId);
    if (last?.same) return;
    const young = last && Date.parse(now) - Date.parse(last.created_at) < COALESCE_MS;
    if (last && young && last.reason === reason && COALESCING.has(reason)) {
      this.db
        .prepare('UPDATE note_versions SET title = (SELECT title FROM notes WHERE id = ?), body = (SELECT body FROM notes WHERE id = ?) WHERE id = ?')
        .run(noteId, noteId, last.id);
      return;
    }
    this.insert(noteId, reason, now);
  }

  private insert(noteId: string, reason: string, now: string): void {
    this.insertStmt.run(reason, now, noteId);
  }

  list(noteId: string): NoteVersionInfo[] {
    const rows = this.db
      .prepare(
        `SELECT id, title, reason, created_at, length(CAST(body AS BLOB)) AS size FROM note_versions WHERE note_id = ? ORDER BY id DESC`,
      )
      .all(noteId) as { id: number; title: string; reason: string; created_at: string; size: number }[];
    return rows.map((r) => ({ versionId: r.id, title: r.title, reason: r.reason, createdAt: r.created_at, size: r.size }));
  }

  get(noteId: string, versionId: number): NoteVersion {
    const r = this.db
      .prepare('SELECT id, title, body, reason, created_at, length(CAST(body AS BLOB)) AS size FROM note_versions WHERE note_id = ? AND id = ?')
      .get(noteId, versionId) as { id: number; title: string; body: string; reason: string; created_at: string; size: number } | undefined;
    if (!r) throw new AppError('NOT_FOUND', `Note ${noteId} has no version ${versionId}`);
    return { versionId: r.id, title: r.title, body: r.body, reason: r.reason, createdAt: r.created_at, size: r.size };
  }
}
