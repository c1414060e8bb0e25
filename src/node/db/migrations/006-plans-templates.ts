// Migration 6: custom templates (every version kept), plan template snapshots, plan revisions and version history.
import type { Migration } from '../migrations';
import { convertLegacyPlanData } from '../../plans/legacy-plan';

/**
 * The unused `templates` table of migration 1 (never written) is replaced by one keyed by (id, version).
 * Old-format plan rows (data with `phases[]`) are converted to the format-2 document; `template_json` stays NULL
 * for them and the plan service attaches the template snapshot on first read.
 */
export const migration006PlansTemplates: Migration = {
  version: 6,
  name: 'plans-templates',
  up(db) {
    db.exec(`
      DROP TABLE IF EXISTS templates;
      CREATE TABLE templates (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        deleted_at TEXT,
        PRIMARY KEY (id, version)
      );
      ALTER TABLE plans ADD COLUMN template_version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE plans ADD COLUMN template_json TEXT;
      ALTER TABLE plans ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
      ALTER TABLE plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE plan_versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        data TEXT NOT NULL,
        summary TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX plan_versions_plan ON plan_versions(plan_id, id);
    `);
    const rows = db.prepare('SELECT id, domain_id, data FROM plans').all() as { id: string; domain_id: string | null; data: string }[];
    const findNote = db.prepare('SELECT id FROM notes WHERE title_key = ? AND deleted_at IS NULL ORDER BY domain_id = ? DESC LIMIT 1').pluck();
    const update = db.prepare('UPDATE plans SET data = ? WHERE id = ?');
    for (const r of rows) {
      const converted = convertLegacyPlanData(JSON.parse(r.data) as unknown, (key) => (findNote.get(key, r.domain_id) as string | undefined) ?? null);
      if (converted) update.run(JSON.stringify(converted), r.id);
    }
  },
};
