// "Built on" ties: a live note by member X links to a live note by member Y that already existed when X's note was
// written (target created no later than the source) → tie Y → X, dated by the linking note's last update (links carry
// no date of their own). A link from an older note to a newer one is a cross-reference, not building on it: counting
// those made nearly every pair of authors in a well-linked vault "mutual". Co-authors of one note make no tie.
import type { Database } from 'better-sqlite3';
import { inRange, type Tie, type TieQuery } from './tie';

export function authorshipTies(db: Database, q: TieQuery): Tie[] {
  const topic = q.topic
    ? `AND EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id IN (l.source_id, l.target_id) AND t.tag = @topic COLLATE NOCASE)`
    : '';
  const rows = db
    .prepare(
      `SELECT DISTINCT ta.member_id AS giver, sa.member_id AS receiver, l.source_id, l.target_id, src.updated_at AS at
       FROM links l
       JOIN notes src ON src.id = l.source_id AND src.deleted_at IS NULL
       JOIN notes tgt ON tgt.id = l.target_id AND tgt.deleted_at IS NULL
       JOIN note_authors sa ON sa.note_id = l.source_id
       JOIN note_authors ta ON ta.note_id = l.target_id
       WHERE l.target_id IS NOT NULL AND l.target_id <> l.source_id AND sa.member_id <> ta.member_id
         AND tgt.created_at <= src.created_at ${topic}`,
    )
    .all(q.topic ? { topic: q.topic } : {}) as { giver: string; receiver: string; at: string }[];
  return rows.filter((r) => inRange(r.at, q)).map((r) => ({ source: r.giver, target: r.receiver, type: 'builtOn', at: r.at }));
}
