// Backlinks of a note, paged in SQL; snippets are computed only for the returned page.
import type { Database } from 'better-sqlite3';
import type { Backlink } from '../../common/api/methods/notes';
import { parseWikiLinks } from '../../common/wikilink';
import { snippetAround } from './snippet';

// "LIMIT 1" inside EXISTS keeps it a correlated subquery: SQLite 3.51 otherwise turns EXISTS into a join whose
// duplicate rows (a source linking twice) are counted by OFFSET, skipping half the notes on deep pages.

/** Below this many backlinks, sorting them all is cheapest; above, walking notes in title order finds a page sooner. */
const SORT_ALL_BELOW = 2000;

interface PageRow {
  id: string;
  title: string;
  domain_id: string;
}

/** Live notes linking to `id`: counted from the covering index links(target_id, source_id), minus trashed sources. */
function countBacklinks(db: Database, id: string): number {
  const all = db.prepare('SELECT count(DISTINCT source_id) FROM links WHERE target_id = ?').pluck().get(id) as number;
  const trashed = db
    .prepare('SELECT count(*) FROM notes WHERE deleted_at IS NOT NULL AND EXISTS (SELECT 1 FROM links l WHERE l.target_id = ? AND l.source_id = notes.id LIMIT 1)')
    .pluck()
    .get(id) as number;
  return all - trashed;
}

function pageRows(db: Database, id: string, total: number, offset: number, limit: number): PageRow[] {
  if (total < SORT_ALL_BELOW) {
    return db
      .prepare(
        `SELECT n.id, n.title, n.domain_id FROM notes n
         WHERE n.id IN (SELECT source_id FROM links WHERE target_id = ?) AND n.deleted_at IS NULL
         ORDER BY n.title_key, n.id LIMIT ? OFFSET ?`,
      )
      .all(id, limit, offset) as PageRow[];
  }
  return db
    .prepare(
      `SELECT n.id, n.title, n.domain_id FROM notes n INDEXED BY notes_live_title
       WHERE n.deleted_at IS NULL AND EXISTS (SELECT 1 FROM links l WHERE l.target_id = ? AND l.source_id = n.id LIMIT 1)
       ORDER BY n.title_key, n.id LIMIT ? OFFSET ?`,
    )
    .all(id, limit, offset) as PageRow[];
}

/** One item per live source note (its first link to the note), ordered by source title. */
export function pageBacklinks(db: Database, id: string, offset: number, limit: number): { total: number; items: Backlink[] } {
  const total = countBacklinks(db, id);
  const rows = pageRows(db, id, total, offset, limit);
  const first = db.prepare('SELECT min(position) FROM links WHERE target_id = ? AND source_id = ?').pluck();
  const body = db.prepare('SELECT body FROM notes WHERE id = ?').pluck();
  const items = rows.map((r): Backlink => {
    const text = body.get(r.id) as string;
    const link = parseWikiLinks(text)[first.get(id, r.id) as number];
    return {
      sourceId: r.id,
      sourceTitle: r.title,
      domainId: r.domain_id,
      snippet: link ? snippetAround(text, link.start, link.end) : '',
      label: link?.label ?? null,
      heading: link?.heading ?? null,
    };
  });
  return { total, items };
}
