// Every tie of the workspace from all five sources, filtered by date range and topic.
import type { Database } from 'better-sqlite3';
import { authorshipTies } from './authorship-ties';
import { endorsementTies } from './endorsement-ties';
import { meetingTies } from './meeting-ties';
import { sharingEventTies } from './sharing-event-ties';
import { surveyTies } from './survey-ties';
import type { Tie, TieQuery } from './tie';

export function collectTies(db: Database, q: TieQuery): Tie[] {
  const memberIds = new Set(db.prepare('SELECT id FROM members').pluck().all() as string[]);
  return [...sharingEventTies(db, q), ...authorshipTies(db, q), ...endorsementTies(db, q), ...meetingTies(db, q, memberIds), ...surveyTies(db, q)];
}
