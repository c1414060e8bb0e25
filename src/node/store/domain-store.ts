// Practice domains: listing and creation.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Domain } from '../../common/api/types';

interface DomainRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  archived: number;
  note_count: number;
}

export class DomainStore {
  constructor(private readonly db: Database) {}

  list(): Domain[] {
    const rows = this.db
      .prepare(
        `SELECT d.*, (SELECT count(*) FROM notes n WHERE n.domain_id = d.id) AS note_count
         FROM domains d ORDER BY d.name COLLATE NOCASE`,
      )
      .all() as DomainRow[];
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      description: r.description,
      archived: r.archived === 1,
      noteCount: r.note_count,
    }));
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM domains WHERE id = ?').get(id) !== undefined;
  }

  insert(input: { slug: string; name: string; description?: string; id?: string }, now: string): string {
    const id = input.id ?? randomUUID();
    this.db
      .prepare('INSERT INTO domains (id, slug, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, input.slug, input.name, input.description ?? '', now, now);
    return id;
  }
}
