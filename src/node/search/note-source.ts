// Reads notes for the title index straight from SQLite (live notes only, no bodies), plus the change log position.
import type { Database, Statement } from 'better-sqlite3';

/** One note as the index sees it. */
export interface IndexDoc {
  id: string;
  title: string;
  aliases: string[];
  tags: string[];
  domainId: string;
  kind: string;
  stage: string;
  authorIds: string[];
}

interface DocRow {
  rid: number;
  id: string;
  title: string;
  domain_id: string;
  kind: string;
  stage: string;
  tags: string | null;
  aliases: string | null;
  authors: string | null;
}

const SEP = '\u001f';
const SELECT_DOC = `
  SELECT n.rowid AS rid, n.id, n.title, n.domain_id, n.kind, n.stage,
    (SELECT group_concat(tag, char(31)) FROM note_tags WHERE note_id = n.id) AS tags,
    (SELECT group_concat(alias, char(31)) FROM note_aliases WHERE note_id = n.id) AS aliases,
    (SELECT group_concat(member_id, char(31)) FROM (SELECT member_id FROM note_authors WHERE note_id = n.id ORDER BY position)) AS authors
  FROM notes n`;

function split(v: string | null): string[] {
  return v ? v.split(SEP) : [];
}

function toDoc(r: DocRow): IndexDoc {
  return {
    id: r.id,
    title: r.title,
    aliases: split(r.aliases),
    tags: split(r.tags),
    domainId: r.domain_id,
    kind: r.kind,
    stage: r.stage,
    authorIds: split(r.authors),
  };
}

export class NoteSource {
  private readonly batchStmt: Statement;
  private readonly oneStmt: Statement;
  private readonly bodyStmt: Statement;
  private readonly seqStmt: Statement;
  private readonly changesStmt: Statement;
  private readonly minSeqStmt: Statement;
  private readonly countStmt: Statement;

  constructor(private readonly db: Database) {
    this.batchStmt = db.prepare(`${SELECT_DOC} WHERE n.rowid > ? AND n.deleted_at IS NULL ORDER BY n.rowid LIMIT ?`);
    this.oneStmt = db.prepare(`${SELECT_DOC} WHERE n.id = ? AND n.deleted_at IS NULL`);
    this.bodyStmt = db.prepare('SELECT title, body FROM notes WHERE id = ?');
    this.seqStmt = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'search_changes'").pluck();
    this.changesStmt = db.prepare('SELECT DISTINCT note_id FROM search_changes WHERE seq > ? AND seq <= ? AND note_id IS NOT NULL').pluck();
    this.minSeqStmt = db.prepare('SELECT min(seq) FROM search_changes').pluck();
    this.countStmt = db.prepare('SELECT count(*) FROM notes WHERE deleted_at IS NULL').pluck();
  }

  /** Live notes after rowid `afterRowid`, in rowid order; returns the docs and the last rowid seen. */
  batch(afterRowid: number, size: number): { docs: IndexDoc[]; lastRowid: number } {
    const rows = this.batchStmt.all(afterRowid, size) as DocRow[];
    return { docs: rows.map(toDoc), lastRowid: rows.length ? rows[rows.length - 1].rid : afterRowid };
  }

  /** The note if it is live, else null (deleted, trashed or never existed). */
  get(id: string): IndexDoc | null {
    const row = this.oneStmt.get(id) as DocRow | undefined;
    return row ? toDoc(row) : null;
  }

  text(id: string): { title: string; body: string } | null {
    return (this.bodyStmt.get(id) as { title: string; body: string } | undefined) ?? null;
  }

  /** Position of the change log: grows with every write to notes, tags, aliases and authors. */
  seq(): number {
    return (this.seqStmt.get() as number | undefined) ?? 0;
  }

  /** Ids of notes changed after `from` up to `to`; null when part of that range was already pruned. */
  changedSince(from: number, to: number): string[] | null {
    const min = this.minSeqStmt.get() as number | null;
    if (to > from && (min === null || min > from + 1)) return null;
    return this.changesStmt.all(from, to) as string[];
  }

  /** Forgets log entries the saved index already reflects. */
  prune(upTo: number): void {
    this.db.prepare('DELETE FROM search_changes WHERE seq < ?').run(upTo);
  }

  liveCount(): number {
    return this.countStmt.get() as number;
  }
}
