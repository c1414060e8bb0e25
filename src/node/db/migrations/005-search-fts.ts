// Migration 5: an FTS5 index of note titles and bodies (external content over notes.rowid), kept in sync by triggers.
import type { Migration } from '../migrations';

/**
 * Every note is indexed, trashed ones included: queries join notes and keep `deleted_at IS NULL`, so trashing
 * and restoring cost nothing here and `INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')` stays consistent
 * with the triggers. Prefix indexes of 2 and 3 characters keep typed-ahead prefix queries cheap.
 */
export const migration005SearchFts: Migration = {
  version: 5,
  name: 'search-fts',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE notes_fts USING fts5(
        title, body,
        content = 'notes', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER notes_fts_ins AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, title, body) VALUES (NEW.rowid, NEW.title, NEW.body);
      END;
      CREATE TRIGGER notes_fts_del AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, body) VALUES ('delete', OLD.rowid, OLD.title, OLD.body);
      END;
      CREATE TRIGGER notes_fts_upd AFTER UPDATE OF title, body ON notes
      WHEN OLD.title IS NOT NEW.title OR OLD.body IS NOT NEW.body BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, body) VALUES ('delete', OLD.rowid, OLD.title, OLD.body);
        INSERT INTO notes_fts (rowid, title, body) VALUES (NEW.rowid, NEW.title, NEW.body);
      END;
      INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');
    `);
  },
};
