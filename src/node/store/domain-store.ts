// Practice domains: listing, creation, rename/describe/archive.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../common/errors';
import type { Domain } from '../../common/api/types';

interface DomainRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  archived: number;
  note_count: number;
}

const toDomain = (r: DomainRow): Domain => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  description: r.description,
  archived: r.archived === 1,
  noteCount: r.note_count,
});

export class DomainStore {
  constructor(private readonly db: Database) {}

  /** Every domain with its count of live notes (trashed notes do not count). */
  list(): Domain[] {
    const rows = this.db
      .prepare(
        `SELECT d.*, coalesce(c.n, 0) AS note_count FROM domains d
         LEFT JOIN (SELECT domain_id, count(*) AS n FROM notes WHERE deleted_at IS NULL GROUP BY domain_id) c ON c.domain_id = d.id
         ORDER BY d.name COLLATE NOCASE`,
      )
      .all() as DomainRow[];
    return rows.map(toDomain);
  }

  get(id: string): Domain {
    const r = this.db
      .prepare('SELECT d.*, (SELECT count(*) FROM notes n WHERE n.domain_id = d.id AND n.deleted_at IS NULL) AS note_count FROM domains d WHERE d.id = ?')
      .get(id) as DomainRow | undefined;
    if (!r) throw new AppError('NOT_FOUND', `No domain with id ${id}`);
    return toDomain(r);
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM domains WHERE id = ?').get(id) !== undefined;
  }

  /** Finds a domain by id, name or slug (case-insensitive). */
  find(ref: string): Domain | undefined {
    const id = this.db
      .prepare('SELECT id FROM domains WHERE id = ? OR name = ? COLLATE NOCASE OR slug = ? COLLATE NOCASE ORDER BY id = ? DESC LIMIT 1')
      .pluck()
      .get(ref, ref.trim(), ref.trim(), ref) as string | undefined;
    return id ? this.get(id) : undefined;
  }

  /** Throws CONFLICT when another domain already uses this name, or has it as its slug (links name domains by either). */
  assertNameFree(name: string, exceptId?: string): void {
    const clash = this.db
      .prepare('SELECT name FROM domains WHERE (name = ? COLLATE NOCASE OR slug = ? COLLATE NOCASE) AND id IS NOT ?')
      .pluck()
      .get(name, name, exceptId ?? null) as string | undefined;
    if (clash) throw new AppError('CONFLICT', `A domain named "${clash}" already exists`);
  }

  /** A slug not used yet: base, base-2, base-3, … */
  freeSlug(base: string): string {
    const taken = this.db.prepare('SELECT 1 FROM domains WHERE slug = ? COLLATE NOCASE OR name = ? COLLATE NOCASE');
    for (let i = 1; ; i++) {
      const slug = i === 1 ? base : `${base}-${i}`;
      if (!taken.get(slug, slug)) return slug;
    }
  }

  insert(input: { slug: string; name: string; description?: string; id?: string }, now: string): string {
    const id = input.id ?? randomUUID();
    this.db
      .prepare('INSERT INTO domains (id, slug, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, input.slug, input.name, input.description ?? '', now, now);
    return id;
  }

  update(id: string, patch: { name?: string; description?: string; archived?: boolean }, now: string): void {
    if (patch.name !== undefined) this.db.prepare('UPDATE domains SET name = ? WHERE id = ?').run(patch.name, id);
    if (patch.description !== undefined) this.db.prepare('UPDATE domains SET description = ? WHERE id = ?').run(patch.description, id);
    if (patch.archived !== undefined) this.db.prepare('UPDATE domains SET archived = ? WHERE id = ?').run(patch.archived ? 1 : 0, id);
    this.db.prepare('UPDATE domains SET updated_at = ? WHERE id = ?').run(now, id);
  }
}
