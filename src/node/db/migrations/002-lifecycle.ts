// Migration 2: trash (deleted_at), version history, attachments, and where an imported note came from.
import type { Migration } from '../migrations';

export const migration002Lifecycle: Migration = {
  version: 2,
  name: 'lifecycle',
  up(db) {
    db.exec(`
      ALTER TABLE notes ADD COLUMN deleted_at TEXT;
      ALTER TABLE notes ADD COLUMN source_path TEXT;
      DROP INDEX notes_domain_title;
      CREATE UNIQUE INDEX notes_domain_title ON notes(domain_id, title_key) WHERE deleted_at IS NULL;
      CREATE INDEX notes_deleted ON notes(deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE TABLE note_versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT 'edit',
        created_at TEXT NOT NULL
      );
      CREATE INDEX note_versions_note ON note_versions(note_id, id);
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        note_id TEXT REFERENCES notes(id) ON DELETE SET NULL,
        file_name TEXT NOT NULL,
        stored_path TEXT NOT NULL UNIQUE,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX attachments_note ON attachments(note_id);
      CREATE INDEX attachments_sha ON attachments(sha256);
    `);
  },
};
