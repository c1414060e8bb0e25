// Ties from endorsements ("I applied this") and comments on live notes: each author of the note → the member.
import type { Database } from 'better-sqlite3';
import { inRange, type Tie, type TieQuery } from './tie';

export function endorsementTies(db: Database, q: TieQuery): Tie[] {
  const topic = q.topic ? `AND EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = e.note_id AND t.tag = @topic COLLATE NOCASE)` : '';
  const rows = db
    .prepare(
      `SELECT a.member_id AS giver, e.member_id AS receiver, e.kind, e.at FROM endorsements e
       JOIN notes n ON n.id = e.note_id AND n.deleted_at IS NULL
       JOIN note_authors a ON a.note_id = e.note_id
       WHERE a.member_id <> e.member_id ${topic}`,
    )
    .all(q.topic ? { topic: q.topic } : {}) as { giver: string; receiver: string; kind: 'applied' | 'comment'; at: string }[];
  return rows.filter((r) => inRange(r.at, q)).map((r) => ({ source: r.giver, target: r.receiver, type: r.kind, at: r.at }));
}
