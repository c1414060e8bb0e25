// Migration 4: a change log fed by triggers, so the persisted search index can catch up with any write to notes.
import type { Migration } from '../migrations';

/** One trigger per write on each table whose rows feed the search index; each logged row names the note. */
function logTriggers(table: string, noteExpr: { new: string; old: string }): string {
  return `
      CREATE TRIGGER search_log_${table}_ins AFTER INSERT ON ${table} BEGIN
        INSERT INTO search_changes (note_id) VALUES (${noteExpr.new});
      END;
      CREATE TRIGGER search_log_${table}_upd AFTER UPDATE ON ${table} BEGIN
        INSERT INTO search_changes (note_id) VALUES (${noteExpr.new});
        INSERT INTO search_changes (note_id) SELECT ${noteExpr.old} WHERE ${noteExpr.old} IS NOT ${noteExpr.new};
      END;
      CREATE TRIGGER search_log_${table}_del AFTER DELETE ON ${table} BEGIN
        INSERT INTO search_changes (note_id) VALUES (${noteExpr.old});
      END;`;
}

export const migration004SearchChanges: Migration = {
  version: 4,
  name: 'search-changes',
  up(db) {
    db.exec(`
      CREATE TABLE search_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        note_id TEXT
      );
      ${logTriggers('notes', { new: 'NEW.id', old: 'OLD.id' })}
      ${logTriggers('note_tags', { new: 'NEW.note_id', old: 'OLD.note_id' })}
      ${logTriggers('note_aliases', { new: 'NEW.note_id', old: 'OLD.note_id' })}
      ${logTriggers('note_authors', { new: 'NEW.note_id', old: 'OLD.note_id' })}
      INSERT INTO search_changes (note_id) VALUES (NULL);
    `);
  },
};
