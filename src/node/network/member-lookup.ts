// Finds members by name (case-insensitive, spaces collapsed) or email, reporting ambiguous names instead of guessing.
import type { Database } from 'better-sqlite3';

export type Lookup = { kind: 'found'; id: string } | { kind: 'unknown' } | { kind: 'ambiguous'; count: number };

export function nameKey(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export class MemberLookup {
  private readonly byName = new Map<string, string[]>();
  private readonly byEmail = new Map<string, string[]>();
  readonly names = new Map<string, string>();

  constructor(db: Database) {
    const rows = db.prepare('SELECT id, name, email FROM members').all() as { id: string; name: string; email: string | null }[];
    for (const r of rows) {
      this.names.set(r.id, r.name);
      push(this.byName, nameKey(r.name), r.id);
      if (r.email) push(this.byEmail, nameKey(r.email), r.id);
    }
  }

  /** An email (contains "@") is matched against emails first, then names; anything else against names. */
  find(text: string): Lookup {
    const key = nameKey(text);
    const hits = (key.includes('@') ? this.byEmail.get(key) : undefined) ?? this.byName.get(key) ?? [];
    if (hits.length === 1) return { kind: 'found', id: hits[0] };
    return hits.length === 0 ? { kind: 'unknown' } : { kind: 'ambiguous', count: hits.length };
  }
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
