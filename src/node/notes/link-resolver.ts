// Set-based link resolution: NoteStore.resolve's rules answered from in-memory maps of live titles and aliases.
import type { Database } from 'better-sqlite3';
import { linkCandidates, titleKey } from '../../common/wikilink';

interface Candidate {
  id: string;
  domainId: string;
  createdAt: string;
}

type KeyMap = Map<string, Candidate[]>;

function add(map: KeyMap, key: string, c: Candidate): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

/** The oldest candidate in the source's domain, else the oldest anywhere (NoteStore.resolve's ORDER BY). */
function pick(list: Candidate[] | undefined, sourceDomainId: string, domainFilter: string | null): string | null {
  if (!list) return null;
  let best: Candidate | null = null;
  let bestSame = false;
  for (const c of list) {
    if (domainFilter !== null && c.domainId !== domainFilter) continue;
    const same = c.domainId === sourceDomainId;
    if (!best || (same && !bestSame) || (same === bestSame && c.createdAt < best.createdAt)) {
      best = c;
      bestSame = same;
    }
  }
  return best?.id ?? null;
}

/**
 * A snapshot of every live note's title and alias keys, built with two queries. It answers exactly what
 * NoteStore.resolve / resolveLink answer for the same database state (trashed notes ignored, same domain first,
 * titles before aliases, `[[Domain/Title]]`), so a bulk write can resolve all its links without per-link queries.
 * Build it after the notes are written; it does not see later writes.
 */
export class LinkResolver {
  private readonly titles: KeyMap = new Map();
  private readonly aliases: KeyMap = new Map();
  private readonly domains = new Map<string, string | null>();
  private readonly domainQuery;

  constructor(db: Database) {
    const rows = db
      .prepare('SELECT id, domain_id, title_key, created_at FROM notes WHERE deleted_at IS NULL ORDER BY created_at, rowid')
      .raw()
      .all() as [string, string, string, string][];
    for (const [id, domainId, key, createdAt] of rows) add(this.titles, key, { id, domainId, createdAt });
    const aliasRows = db
      .prepare(
        `SELECT n.id, n.domain_id, a.alias_key, n.created_at FROM note_aliases a JOIN notes n ON n.id = a.note_id
         WHERE n.deleted_at IS NULL ORDER BY n.created_at, n.rowid`,
      )
      .raw()
      .all() as [string, string, string, string][];
    for (const [id, domainId, key, createdAt] of aliasRows) add(this.aliases, key, { id, domainId, createdAt });
    this.domainQuery = db.prepare('SELECT id FROM domains WHERE name = ? COLLATE NOCASE OR slug = ? COLLATE NOCASE').pluck();
  }

  private domainId(name: string): string | null {
    let id = this.domains.get(name);
    if (id === undefined) {
      id = (this.domainQuery.get(name.trim(), name.trim()) as string | undefined) ?? null;
      this.domains.set(name, id);
    }
    return id;
  }

  /** Same answer as NoteStore.resolve. */
  resolve(sourceDomainId: string, domainName: string | null, target: string): string | null {
    const key = titleKey(target);
    const filter = domainName ? this.domainId(domainName) : null;
    if (domainName && !filter) return null;
    return pick(this.titles.get(key), sourceDomainId, filter) ?? pick(this.aliases.get(key), sourceDomainId, filter);
  }

  /** Same answer as NoteStore.resolveLink. */
  resolveLink(sourceDomainId: string, link: { domain: string | null; title: string; path: string }): string | null {
    for (const c of linkCandidates(link)) {
      const found = this.resolve(sourceDomainId, c.domain, c.title);
      if (found) return found;
    }
    return null;
  }
}
