// Migration 1: workspace metadata, domains, members, notes with tags/authors/aliases, links, plans, UI state.
import type { Migration } from '../migrations';

export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE domains (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        description TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE members (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT,
        role TEXT NOT NULL DEFAULT '',
        participation TEXT NOT NULL CHECK (participation IN ('coordinator', 'core', 'active', 'peripheral')),
        narrative TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE member_domains (
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        domain_id TEXT NOT NULL REFERENCES domains(id) ON DELETE CASCADE,
        PRIMARY KEY (member_id, domain_id)
      );
      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        title_key TEXT NOT NULL,
        domain_id TEXT NOT NULL REFERENCES domains(id),
        kind TEXT NOT NULL,
        stage TEXT NOT NULL CHECK (stage IN ('identify', 'reflect', 'share', 'apply')),
        lang TEXT NOT NULL DEFAULT 'en',
        body TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX notes_domain_title ON notes(domain_id, title_key);
      CREATE INDEX notes_title_key ON notes(title_key);
      CREATE INDEX notes_domain ON notes(domain_id);
      CREATE TABLE note_tags (
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (note_id, tag)
      );
      CREATE TABLE note_authors (
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (note_id, member_id)
      );
      CREATE TABLE note_aliases (
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_key TEXT NOT NULL,
        PRIMARY KEY (note_id, alias_key)
      );
      CREATE INDEX note_aliases_key ON note_aliases(alias_key);
      CREATE TABLE links (
        source_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        target_domain TEXT,
        target_title TEXT NOT NULL,
        target_key TEXT NOT NULL,
        target_id TEXT REFERENCES notes(id) ON DELETE SET NULL,
        heading TEXT,
        label TEXT,
        PRIMARY KEY (source_id, position)
      );
      CREATE INDEX links_target ON links(target_id);
      CREATE INDEX links_target_key ON links(target_key) WHERE target_id IS NULL;
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        body TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        template_id TEXT NOT NULL,
        domain_id TEXT REFERENCES domains(id),
        coordinator_id TEXT REFERENCES members(id) ON DELETE SET NULL,
        status TEXT NOT NULL,
        current_phase TEXT NOT NULL,
        started_at TEXT,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE ui_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
