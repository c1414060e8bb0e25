// Derives the links of many notes at once: one resolver snapshot, one cached insert, no per-link queries.
import type { Database } from 'better-sqlite3';
import { parseWikiLinks, titleKey } from '../../common/wikilink';
import type { WikiLink } from '../../common/wikilink';
import { LinkResolver } from './link-resolver';

export interface RelinkSource {
  id: string;
  domainId: string;
  body: string;
  /** parseWikiLinks(body) when the caller already has it. */
  links?: WikiLink[];
}

/**
 * Replaces the links rows of every source with the links parsed from its body, resolved against the live notes
 * as they are now (call it inside the write transaction, after the notes are written). Gives the same rows as
 * NoteStore.relink on each source.
 */
export function relinkSources(db: Database, sources: Iterable<RelinkSource>, resolver: LinkResolver = new LinkResolver(db)): void {
  const del = db.prepare('DELETE FROM links WHERE source_id = ?');
  const insert = db.prepare(
    `INSERT INTO links (source_id, position, target_domain, target_title, target_key, target_id, heading, label)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const s of sources) {
    del.run(s.id);
    const links = s.links ?? parseWikiLinks(s.body);
    for (let i = 0; i < links.length; i++) {
      const l = links[i]!;
      insert.run(s.id, i, l.domain, l.title, titleKey(l.title), resolver.resolveLink(s.domainId, l), l.heading, l.label);
    }
  }
}

/** Re-derives the links of the given notes (by id) from their stored bodies. */
export function relinkIds(db: Database, ids: string[], resolver: LinkResolver = new LinkResolver(db)): void {
  if (ids.length === 0) return;
  const rows = db
    .prepare('SELECT id, domain_id AS domainId, body FROM notes WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as RelinkSource[];
  relinkSources(db, rows, resolver);
}

/** Every note's links re-derived in one pass. */
export function relinkEverything(db: Database): void {
  const rows = db.prepare('SELECT id, domain_id AS domainId, body FROM notes').all() as RelinkSource[];
  relinkSources(db, rows);
}

/**
 * After bulk-adding notes reachable by these keys, re-derives the links of every other note that has a link
 * with one of those keys (waiting ones, and ones resolved to a same-titled note elsewhere), once each.
 */
export function relinkOthersByKeys(db: Database, keys: string[], exclude: Set<string>, resolver: LinkResolver = new LinkResolver(db)): void {
  if (keys.length === 0) return;
  const sources = db
    .prepare('SELECT DISTINCT source_id FROM links WHERE target_key IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(keys)) as string[];
  relinkIds(db, sources.filter((s) => !exclude.has(s)), resolver);
}
