// notes.rowid → note id, kept in memory so FTS5 hits resolve to notes without reading note rows (2 KB each).
import type { Database, Statement } from 'better-sqlite3';

export class RowidMap {
  private readonly ids = new Map<number, string>();
  private readonly oneStmt: Statement;
  private loaded = false;

  constructor(private readonly db: Database) {
    this.oneStmt = db.prepare('SELECT rowid FROM notes WHERE id = ?').pluck();
  }

  /** Reads every note's rowid (a scan of the id index: ~50 ms at 50,000 notes); later calls refresh nothing. */
  load(): void {
    if (this.loaded) return;
    for (const r of this.db.prepare('SELECT rowid AS rid, id FROM notes').iterate() as IterableIterator<{ rid: number; id: string }>) {
      this.ids.set(r.rid, r.id);
    }
    this.loaded = true;
  }

  /** Records the rowid of notes that were written (a reused rowid then points at the new note). */
  update(noteIds: string[]): void {
    if (!this.loaded) return;
    for (const id of noteIds) {
      const rid = this.oneStmt.get(id) as number | undefined;
      if (rid !== undefined) this.ids.set(rid, id);
    }
  }

  get(rowid: number): string | undefined {
    return this.ids.get(rowid);
  }
}
