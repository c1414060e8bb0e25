// Migration 10: the sharing network's own tie sources — endorsements/comments on notes and imported survey answers.
import type { Migration } from '../migrations';

export const migration010Network: Migration = {
  version: 10,
  name: 'network',
  up(db) {
    db.exec(`
      CREATE TABLE endorsements (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('applied', 'comment')),
        text TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
      );
      CREATE INDEX endorsements_note ON endorsements(note_id, at);
      CREATE UNIQUE INDEX endorsements_applied_once ON endorsements(note_id, member_id) WHERE kind = 'applied';
      CREATE TABLE survey_ties (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        respondent_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        contact_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        direction TEXT NOT NULL CHECK (direction IN ('gives', 'receives', 'both')),
        topic TEXT NOT NULL DEFAULT '',
        frequency TEXT,
        source_file TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        CHECK (respondent_id <> contact_id)
      );
      CREATE UNIQUE INDEX survey_ties_answer ON survey_ties(respondent_id, contact_id, direction, topic);
    `);
  },
};
