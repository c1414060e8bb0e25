// Migration 7: packages — workspace identity key pair, trusted keys, note provenance, exported packages, sharing events.
import type { Migration } from '../migrations';

export const migration007Packages: Migration = {
  version: 7,
  name: 'packages',
  up(db) {
    db.exec(`
      CREATE TABLE identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key_id TEXT NOT NULL,
        public_key TEXT NOT NULL,
        private_key TEXT NOT NULL,
        member_id TEXT,
        created_at TEXT NOT NULL
      );
      CREATE TABLE trusted_keys (
        key_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        name TEXT NOT NULL,
        trusted_at TEXT NOT NULL
      );
      CREATE TABLE provenance (
        note_id TEXT PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
        origin_workspace TEXT NOT NULL,
        origin_note_id TEXT NOT NULL,
        package_id TEXT NOT NULL,
        package_version INTEGER NOT NULL,
        creator_name TEXT NOT NULL,
        creator_key TEXT,
        imported_at TEXT NOT NULL,
        base_hash TEXT NOT NULL
      );
      CREATE INDEX provenance_origin ON provenance (origin_workspace, origin_note_id);
      CREATE TABLE exported_packages (
        package_id TEXT PRIMARY KEY,
        selection_key TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE sharing_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('export', 'import')),
        package_id TEXT NOT NULL,
        package_version INTEGER NOT NULL,
        from_name TEXT NOT NULL,
        from_key TEXT,
        from_workspace TEXT NOT NULL,
        to_workspace TEXT,
        note_ids TEXT NOT NULL,
        at TEXT NOT NULL
      );
    `);
  },
};
