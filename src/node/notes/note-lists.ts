// Large note lists in few queries: explorer pages, link targets for autocomplete, the trash.
import type { Database } from 'better-sqlite3';
import type { NoteKind, NoteSummary, SharingStage } from '../../common/api/types';
import type { LinkTarget, NotePage, TrashedNote } from '../../common/api/methods/notes';

/** A notes row as the list queries select it (snake_case columns). */
export interface SummaryRow {
  id: string;
  title: string;
  domain_id: string;
  kind: NoteKind;
  stage: SharingStage;
  lang: string;
  updated_at: string;
  deleted_at?: string | null;
}

/**
 * Tags of the given notes in one query. The ids travel as one JSON array parameter (json_each), so any number of
 * notes works: an `IN (?, ?, ...)` list stops at SQLite's bound-variable limit (32,766).
 */
function tagsOf(db: Database, ids: string[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  if (ids.length === 0) return tags;
  const rows = db
    .prepare('SELECT t.note_id, t.tag FROM json_each(?) j JOIN note_tags t ON t.note_id = j.value ORDER BY t.tag')
    .all(JSON.stringify(ids)) as { note_id: string; tag: string }[];
  for (const r of rows) (tags.get(r.note_id) ?? tags.set(r.note_id, []).get(r.note_id)!).push(r.tag);
  return tags;
}

/** Note summaries (tags attached, sorted) for rows in the given order: shared by NoteStore.list and the pages here. */
export function summaries(db: Database, rows: SummaryRow[]): NoteSummary[] {
  const tags = tagsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    domainId: r.domain_id,
    kind: r.kind,
    stage: r.stage,
    lang: r.lang,
    tags: tags.get(r.id) ?? [],
    updatedAt: r.updated_at,
  }));
}

export interface PageQuery {
  domainId?: string;
  sort?: 'title' | 'updated';
  kind?: string;
  stage?: string;
  tag?: string;
  offset?: number;
  limit?: number;
}

/** One page of live notes with the total matching count; ordered through the partial indexes of migration 3. */
export function pageNotes(db: Database, q: PageQuery): NotePage {
  const where = ['n.deleted_at IS NULL'];
  const params: unknown[] = [];
  const filter = (sql: string, value: string | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    params.push(value);
  };
  filter('n.domain_id = ?', q.domainId);
  filter('n.kind = ?', q.kind);
  filter('n.stage = ?', q.stage);
  filter('n.id IN (SELECT note_id FROM note_tags WHERE tag = ?)', q.tag);
  const cond = where.join(' AND ');
  const total = db.prepare(`SELECT count(*) FROM notes n ${q.tag ? '' : 'INDEXED BY notes_live_meta'} WHERE ${cond}`).pluck().get(...params) as number;
  const order = q.sort === 'updated' ? 'n.updated_at DESC, n.id DESC' : 'n.title_key, n.id';
  const cols = 'n.id, n.title, n.domain_id, n.kind, n.stage, n.lang, n.updated_at';
  const paging = [q.limit ?? 100, q.offset ?? 0];
  let rows: SummaryRow[];
  if (q.kind === undefined && q.stage === undefined && q.tag === undefined) {
    // Walks an index already in the wanted order (notes_live_title / notes_domain_title / notes_live_*updated).
    rows = db.prepare(`SELECT ${cols} FROM notes n WHERE ${cond} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, ...paging) as SummaryRow[];
  } else {
    // Filters: pick the page's ids from the covering index (no table rows read), then read only those rows.
    const ids = db
      .prepare(`SELECT n.id FROM notes n INDEXED BY notes_live_meta WHERE ${cond} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...params, ...paging) as string[];
    const byId = new Map(
      (db.prepare(`SELECT ${cols} FROM json_each(?) j JOIN notes n ON n.id = j.value`).all(JSON.stringify(ids)) as SummaryRow[]).map((r) => [r.id, r]),
    );
    rows = ids.map((id) => byId.get(id)!);
  }
  return { total, items: summaries(db, rows) };
}

/** Every live note with its aliases and domain name, ordered by title. */
export function linkTargets(db: Database): LinkTarget[] {
  const rows = db
    .prepare(
      `SELECT n.id, n.title, n.domain_id FROM notes n INDEXED BY notes_live_title WHERE n.deleted_at IS NULL ORDER BY n.title_key, n.id`,
    )
    .all() as { id: string; title: string; domain_id: string }[];
  const domainNames = new Map((db.prepare('SELECT id, name FROM domains').all() as { id: string; name: string }[]).map((d) => [d.id, d.name]));
  const aliases = new Map<string, string[]>();
  // All aliases (a small table), matched to the live notes here rather than joined (a join reads note rows).
  const aliasRows = db.prepare('SELECT note_id, alias FROM note_aliases ORDER BY alias').all() as { note_id: string; alias: string }[];
  for (const a of aliasRows) (aliases.get(a.note_id) ?? aliases.set(a.note_id, []).get(a.note_id)!).push(a.alias);
  return rows.map((r) => ({ id: r.id, title: r.title, domainId: r.domain_id, domainName: domainNames.get(r.domain_id) ?? '', aliases: aliases.get(r.id) ?? [] }));
}

/** Tags of live notes with their note counts, most used first, then by tag. One pass over the tag index. */
export function tagCounts(db: Database): { tag: string; count: number }[] {
  return db
    .prepare(
      `SELECT t.tag AS tag, count(*) AS count FROM note_tags t JOIN notes n ON n.id = t.note_id
       WHERE n.deleted_at IS NULL GROUP BY t.tag ORDER BY count DESC, t.tag`,
    )
    .all() as { tag: string; count: number }[];
}

/** Notes in the trash, most recently deleted first. */
export function trashedNotes(db: Database): TrashedNote[] {
  const rows = db
    .prepare(
      `SELECT id, title, domain_id, kind, stage, lang, updated_at, deleted_at FROM notes
       WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, title_key`,
    )
    .all() as SummaryRow[];
  const list = summaries(db, rows);
  return list.map((s, i) => ({ ...s, deletedAt: rows[i].deleted_at! }));
}
