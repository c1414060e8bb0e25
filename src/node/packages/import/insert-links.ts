// The links rows of notes an import just added, derived from their bodies with memoised resolution, no per-note DELETE.
import type { Database } from 'better-sqlite3';
import { parseWikiLinks, titleKey } from '../../../common/wikilink';
import type { LinkResolver } from '../../notes/link-resolver';

export interface NewLinkSource {
  id: string;
  domainId: string;
  body: string;
}

/**
 * Inserts the rows relinkSources would write for notes that have no links rows yet (added in this transaction):
 * the same parse, the same resolver answers and title keys (memoised: the resolver is a snapshot), the same columns,
 * without the per-note DELETE. One cached single-row INSERT: SQLite runs it faster than multi-row VALUES.
 */
export function insertLinksOfNewNotes(db: Database, sources: readonly NewLinkSource[], resolver: LinkResolver): void {
  const insert = db.prepare(
    `INSERT INTO links (source_id, position, target_domain, target_title, target_key, target_id, heading, label)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const resolved = new Map<string, string | null>();
  const keys = new Map<string, string>();
  // In source id order: the (source_id, position) key then grows at its end.
  const ordered = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const s of ordered) {
    const links = parseWikiLinks(s.body);
    for (let i = 0; i < links.length; i++) {
      const l = links[i]!;
      // Length-prefixed parts: no two different links share a key.
      const key = `${s.domainId.length}:${s.domainId}${l.domain === null ? '-' : `${l.domain.length}:${l.domain}`}${l.title.length}:${l.title}${l.path}`;
      let target = resolved.get(key);
      if (target === undefined) {
        target = resolver.resolveLink(s.domainId, l);
        resolved.set(key, target);
      }
      let tkey = keys.get(l.title);
      if (tkey === undefined) keys.set(l.title, (tkey = titleKey(l.title)));
      insert.run(s.id, i, l.domain, l.title, tkey, target, l.heading, l.label);
    }
  }
}
