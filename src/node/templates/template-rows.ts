// SQL access to the `templates` table: custom templates, every saved version kept, soft-deleted by deleted_at.
import type { Database } from 'better-sqlite3';
import type { Template } from '../../common/templates/template-types';

interface Row {
  id: string;
  version: number;
  json: string;
  deleted_at: string | null;
}

export interface TemplateRow {
  template: Template;
  deleted: boolean;
}

const toRow = (r: Row | undefined): TemplateRow | null => (r ? { template: JSON.parse(r.json) as Template, deleted: r.deleted_at !== null } : null);

export class TemplateRows {
  constructor(private readonly db: Database) {}

  /** The newest version of an id, deleted or not. */
  latest(id: string): TemplateRow | null {
    return toRow(this.db.prepare('SELECT * FROM templates WHERE id = ? ORDER BY version DESC LIMIT 1').get(id) as Row | undefined);
  }

  version(id: string, version: number): TemplateRow | null {
    return toRow(this.db.prepare('SELECT * FROM templates WHERE id = ? AND version = ?').get(id, version) as Row | undefined);
  }

  /** The newest version of every template that is not deleted. */
  listLive(): Template[] {
    const rows = this.db
      .prepare(
        `SELECT t.* FROM templates t
         JOIN (SELECT id, MAX(version) AS version FROM templates GROUP BY id) m ON m.id = t.id AND m.version = t.version
         WHERE t.deleted_at IS NULL`,
      )
      .all() as Row[];
    return rows.map((r) => JSON.parse(r.json) as Template);
  }

  insert(template: Template, createdAt: string): void {
    this.db.prepare('INSERT INTO templates (id, version, json, created_at) VALUES (?, ?, ?, ?)').run(template.id, template.version, JSON.stringify(template), createdAt);
  }

  /** Marks every version deleted; the rows stay so plans can still read the version they run on. */
  markDeleted(id: string, at: string): void {
    this.db.prepare('UPDATE templates SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(at, id);
  }

  /** Plans per template id (any version). */
  planCounts(): Map<string, number> {
    const rows = this.db.prepare('SELECT template_id AS id, COUNT(*) AS n FROM plans GROUP BY template_id').all() as { id: string; n: number }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}
