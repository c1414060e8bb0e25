// Migration 9: when each note entered its sharing stage (a trigger logs every stage change) and saved graph layouts.
import type { Migration } from '../migrations';

export const migration009Graph: Migration = {
  version: 9,
  name: 'graph',
  up(db) {
    db.exec(`
      CREATE TABLE note_stage_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        from_stage TEXT NOT NULL,
        to_stage TEXT NOT NULL,
        changed_at TEXT NOT NULL
      );
      CREATE INDEX note_stage_changes_note ON note_stage_changes(note_id, changed_at);
      CREATE TRIGGER note_stage_log AFTER UPDATE OF stage ON notes WHEN OLD.stage IS NOT NEW.stage BEGIN
        INSERT INTO note_stage_changes (note_id, from_stage, to_stage, changed_at)
        VALUES (NEW.id, OLD.stage, NEW.stage, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      END;
      CREATE TABLE graph_layouts (
        scope TEXT PRIMARY KEY,
        positions TEXT NOT NULL,
        node_count INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
