// Turns parsed domain:/tag:/kind:/stage:/author: filters into a predicate over stored index fields.
import type { Database } from 'better-sqlite3';
import type { ParsedQuery } from '../../common/search/parse-query';
import type { StoredNote } from './minisearch-options';

const lower = (s: string) => s.toLowerCase();
/** `best practice`, `Best_Practice` and `best-practice` name the same kind. */
const kindKey = (s: string) => s.toLowerCase().trim().replace(/[\s_]+/gu, '-');

/** Domains whose name or slug equals one of the values (case-insensitive). */
function domainIds(db: Database, values: string[]): Set<string> {
  const rows = db.prepare('SELECT id, slug, name FROM domains').all() as { id: string; slug: string; name: string }[];
  const wanted = new Set(values.map(lower));
  return new Set(rows.filter((r) => wanted.has(lower(r.name)) || wanted.has(lower(r.slug)) || wanted.has(lower(r.id))).map((r) => r.id));
}

/** Members whose id equals, or whose name contains, one of the values (case-insensitive). */
function memberIds(db: Database, values: string[]): Set<string> {
  const rows = db.prepare('SELECT id, name FROM members').all() as { id: string; name: string }[];
  const vs = values.map(lower);
  return new Set(rows.filter((r) => vs.some((v) => lower(r.id) === v || lower(r.name).includes(v))).map((r) => r.id));
}

/** Null when the query has no filters; otherwise a predicate every result must satisfy. */
export function buildFilter(db: Database, filters: ParsedQuery['filters']): ((note: StoredNote) => boolean) | null {
  const checks: ((n: StoredNote) => boolean)[] = [];
  if (filters.domain) {
    const ids = domainIds(db, filters.domain);
    checks.push((n) => ids.has(n.domainId));
  }
  if (filters.author) {
    const ids = memberIds(db, filters.author);
    checks.push((n) => n.authorIds.some((a) => ids.has(a)));
  }
  if (filters.tag) {
    const tags = filters.tag.map((t) => lower(t).replace(/^#/u, ''));
    checks.push((n) => n.tags.some((t) => tags.some((w) => t === w || t.startsWith(w + '/'))));
  }
  if (filters.kind) {
    const kinds = new Set(filters.kind.map(kindKey));
    checks.push((n) => kinds.has(n.kind));
  }
  if (filters.stage) {
    const stages = new Set(filters.stage.map(lower));
    checks.push((n) => stages.has(n.stage));
  }
  if (checks.length === 0) return null;
  return (n) => checks.every((c) => c(n));
}
