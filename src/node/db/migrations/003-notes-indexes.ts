// Migration 3: indexes for paged note lists, trash-aware joins and link re-resolution by key.
// notes.deleted_at sits after the body in each row, so reading it from the table walks the body's overflow
// pages: the covering indexes below let joins, counts and link resolution check it without touching rows.
import type { Migration } from '../migrations';

export const migration003NotesIndexes: Migration = {
  version: 3,
  name: 'notes-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX notes_cover ON notes(id, deleted_at, domain_id, title_key, title);
      CREATE INDEX notes_key_cover ON notes(title_key, deleted_at, domain_id, created_at, id);
      CREATE INDEX notes_live_title ON notes(title_key, id, domain_id, title, deleted_at) WHERE deleted_at IS NULL;
      CREATE INDEX notes_live_meta ON notes(domain_id, kind, stage, title_key, updated_at, id, deleted_at) WHERE deleted_at IS NULL;
      CREATE INDEX notes_live_updated ON notes(updated_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX notes_live_domain_updated ON notes(domain_id, updated_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX note_tags_tag ON note_tags(tag, note_id);
      CREATE INDEX links_key_all ON links(target_key);
      DROP INDEX links_target;
      CREATE INDEX links_target_source ON links(target_id, source_id, position);
    `);
  },
};
