// Ties from 5D plan meetings. Rule: the plan's coordinator (plans.coordinator_id, who convenes and facilitates the
// plan's meetings) → each attendee of each meeting, dated by the meeting. Plans without a coordinator, attendees that
// are no longer members, and the coordinator attending their own meeting make no tie. Meetings have no topic, so a
// topic filter leaves out every meeting tie.
import type { Database } from 'better-sqlite3';
import { parsePlanData } from '../../common/plans/plan-data';
import { inRange, type Tie, type TieQuery } from './tie';

export function meetingTies(db: Database, q: TieQuery, memberIds: ReadonlySet<string>): Tie[] {
  if (q.topic) return [];
  const rows = db.prepare('SELECT coordinator_id, data FROM plans WHERE coordinator_id IS NOT NULL').all() as { coordinator_id: string; data: string }[];
  const ties: Tie[] = [];
  for (const r of rows) {
    let meetings;
    try {
      meetings = parsePlanData(r.data).meetings;
    } catch {
      continue; // an unreadable plan document is reported by the plans area, not here
    }
    for (const m of meetings) {
      if (!m.date || !inRange(m.date, q)) continue;
      for (const a of new Set(m.attendeeIds ?? [])) {
        if (a !== r.coordinator_id && memberIds.has(a)) ties.push({ source: r.coordinator_id, target: a, type: 'meeting', at: m.date });
      }
    }
  }
  return ties;
}
