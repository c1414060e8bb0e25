// Ties from imported questionnaire answers: gives = respondent → contact, receives = contact → respondent, both = both;
// dated by the import (a survey is a snapshot). Topic matches case-insensitively.
import type { Database } from 'better-sqlite3';
import { inRange, type Tie, type TieQuery } from './tie';

export function surveyTies(db: Database, q: TieQuery): Tie[] {
  const rows = db
    .prepare(
      `SELECT respondent_id AS r, contact_id AS c, direction AS d, imported_at AS at FROM survey_ties
       ${q.topic ? 'WHERE topic = ? COLLATE NOCASE' : ''}`,
    )
    .all(...(q.topic ? [q.topic] : [])) as { r: string; c: string; d: 'gives' | 'receives' | 'both'; at: string }[];
  const ties: Tie[] = [];
  for (const row of rows) {
    if (!inRange(row.at, q)) continue;
    if (row.d !== 'receives') ties.push({ source: row.r, target: row.c, type: 'survey', at: row.at });
    if (row.d !== 'gives') ties.push({ source: row.c, target: row.r, type: 'survey', at: row.at });
  }
  return ties;
}
