// Migration 8: where imported plans and templates came from (origin, package, base hash), like notes' provenance.
import type { Migration } from '../migrations';

export const migration008PlanProvenance: Migration = {
  version: 8,
  name: 'plan-provenance',
  up(db) {
    db.exec(`
      CREATE TABLE plan_provenance (
        plan_id TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        origin_workspace TEXT NOT NULL,
        origin_plan_id TEXT NOT NULL,
        package_id TEXT NOT NULL,
        package_version INTEGER NOT NULL,
        creator_name TEXT NOT NULL,
        creator_key TEXT,
        imported_at TEXT NOT NULL,
        base_hash TEXT NOT NULL
      );
      CREATE INDEX plan_provenance_origin ON plan_provenance (origin_workspace, origin_plan_id);
      CREATE TABLE template_provenance (
        template_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        origin_workspace TEXT NOT NULL,
        package_id TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (template_id, version)
      );
    `);
  },
};
