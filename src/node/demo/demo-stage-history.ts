// The demo's stage history, relative to the load time: a note with `stageDays: N` entered its current stage N days before
// `now`, after passing through the earlier stages (identify → …) spread evenly since it was created. Relative dates keep
// the demo from rotting: whenever it is loaded, only the notes meant to look stuck (stageDays > 30, or an identify note
// created long ago) show in Problems as "stuck in a stage". Rows go straight into note_stage_changes (migration 009).
import type { Database } from 'better-sqlite3';
import { SHARING_STAGES, type SharingStage } from '../../common/api/types';

const DAY_MS = 86_400_000;

/** Writes the stage changes that lead a note from identify to `stage` (nothing for an identify note). */
export function writeStageHistory(db: Database, noteId: string, stage: SharingStage, createdAt: string, stageDays: number, now: string): void {
  const steps = SHARING_STAGES.indexOf(stage);
  if (steps <= 0) return;
  const created = Date.parse(createdAt);
  // Never before the note existed (a demo loaded with a `now` earlier than its notes' creation dates).
  const last = Math.max(created, Date.parse(now) - stageDays * DAY_MS);
  const insert = db.prepare('INSERT INTO note_stage_changes (note_id, from_stage, to_stage, changed_at) VALUES (?, ?, ?, ?)');
  for (let j = 1; j <= steps; j++) {
    const at = j === steps ? last : created + ((last - created) * j) / steps;
    insert.run(noteId, SHARING_STAGES[j - 1], SHARING_STAGES[j], new Date(Math.round(at)).toISOString());
  }
}
