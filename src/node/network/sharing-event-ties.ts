// Ties from package sharing events (migration 7). Rule: an import = the package's creator → this workspace's member
// (identity.member_id). The creator is the member named like the trusted key that signed it (from_key), else like
// from_name. An export names no receiver (to_workspace is empty), so it makes no tie; nor does an import whose creator
// or whose receiving member (no identity member set) is unknown.
import type { Database } from 'better-sqlite3';
import { MemberLookup } from './member-lookup';
import { inRange, type Tie, type TieQuery } from './tie';

export function sharingEventTies(db: Database, q: TieQuery, lookup = new MemberLookup(db)): Tie[] {
  const me = db.prepare('SELECT member_id FROM identity WHERE id = 1').pluck().get() as string | null | undefined;
  if (!me) return [];
  const rows = db
    .prepare(
      `SELECT e.from_name, e.note_ids, e.at, k.name AS key_name FROM sharing_events e
       LEFT JOIN trusted_keys k ON k.key_id = e.from_key WHERE e.kind = 'import'`,
    )
    .all() as { from_name: string; note_ids: string; at: string; key_name: string | null }[];
  const tagged = q.topic
    ? db.prepare('SELECT 1 FROM note_tags WHERE note_id IN (SELECT value FROM json_each(?)) AND tag = ? COLLATE NOCASE LIMIT 1').pluck()
    : null;
  const ties: Tie[] = [];
  for (const r of rows) {
    if (!inRange(r.at, q)) continue;
    const byKey = r.key_name ? lookup.find(r.key_name) : null;
    const hit = byKey?.kind === 'found' ? byKey : lookup.find(r.from_name);
    if (hit.kind !== 'found' || hit.id === me) continue;
    if (tagged && !tagged.get(r.note_ids, q.topic)) continue;
    ties.push({ source: hit.id, target: me, type: 'package', at: r.at });
  }
  return ties;
}
