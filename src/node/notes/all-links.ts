// Every wikilink of the live notes, for `copw links` and checks: source, resolved target, and the target as written.
import type { Database } from 'better-sqlite3';

export interface LinkRecord {
  from: string;
  to: string | null;
  /** The link's target as written (domain part included), without heading or label. */
  target: string;
  resolved: boolean;
  heading: string | null;
  label: string | null;
}

export function allLinks(db: Database): LinkRecord[] {
  const rows = db
    .prepare(
      `SELECT l.source_id, l.target_id, l.target_domain, l.target_title, l.heading, l.label FROM links l
       JOIN notes n ON n.id = l.source_id WHERE n.deleted_at IS NULL ORDER BY n.title_key, n.id, l.position`,
    )
    .all() as { source_id: string; target_id: string | null; target_domain: string | null; target_title: string; heading: string | null; label: string | null }[];
  return rows.map((r) => ({
    from: r.source_id,
    to: r.target_id,
    target: r.target_domain ? `${r.target_domain}/${r.target_title}` : r.target_title,
    resolved: r.target_id !== null,
    heading: r.heading,
    label: r.label,
  }));
}
