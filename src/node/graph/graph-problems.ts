// Problems of a workspace's knowledge: broken links, orphans, notes without a usable domain or kind, stuck stages, duplicate titles.
import type { Database } from 'better-sqlite3';
import type { GraphProblems } from '../../common/api/methods/graph';
import { NOTE_KINDS } from '../../common/api/types';
import type { KnowledgeGraph } from './build-graph';

export const DEFAULT_STUCK_DAYS = 30;
export const DEFAULT_PROBLEM_LIMIT = 1_000;
const DAY_MS = 86_400_000;
const byTitle = (a: { title: string; id: string }, b: { title: string; id: string }) => a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function findProblems(db: Database, graph: KnowledgeGraph, now: Date, stuckDays = DEFAULT_STUCK_DAYS, limit = DEFAULT_PROBLEM_LIMIT): GraphProblems {
  // Unresolved targets, plus (defensively) links still pointing at a note in the trash.
  const brokenLinks = db
    .prepare(
      `SELECT l.source_id AS sourceId, n.title AS sourceTitle, l.target_title AS target FROM links l
         JOIN notes n ON n.id = l.source_id AND n.deleted_at IS NULL
        WHERE l.target_id IS NULL OR l.target_id IN (SELECT id FROM notes WHERE deleted_at IS NOT NULL)
        ORDER BY n.title_key, l.source_id, l.position`,
    )
    .all() as GraphProblems['brokenLinks'];

  const orphans: GraphProblems['orphans'] = [];
  graph.ids.forEach((id, i) => {
    if (graph.degree[i] === 0) orphans.push({ id, title: graph.titles[i] });
  });
  orphans.sort(byTitle);

  const noDomain = (
    db
      .prepare(
        `SELECT n.id, n.title, n.domain_id AS domainId, d.id IS NULL AS missing FROM notes n LEFT JOIN domains d ON d.id = n.domain_id
          WHERE n.deleted_at IS NULL AND (d.id IS NULL OR d.archived = 1)`,
      )
      .all() as { id: string; title: string; domainId: string; missing: number }[]
  )
    .map((r) => ({ id: r.id, title: r.title, domainId: r.domainId, reason: (r.missing ? 'missing' : 'archived') as 'missing' | 'archived' }))
    .sort(byTitle);

  const noKind = (
    db
      .prepare(
        `SELECT n.id, n.title, n.kind, n.kind NOT IN (SELECT value FROM json_each(?)) AS unknown FROM notes n
          WHERE n.deleted_at IS NULL AND (n.kind NOT IN (SELECT value FROM json_each(?))
             OR (n.kind = 'practice' AND n.stage = 'identify' AND NOT EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id)))`,
      )
      .all(JSON.stringify(NOTE_KINDS), JSON.stringify(NOTE_KINDS)) as { id: string; title: string; kind: string; unknown: number }[]
  )
    .map((r) => ({ id: r.id, title: r.title, kind: r.kind, reason: (r.unknown ? 'unknown' : 'default') as 'unknown' | 'default' }))
    .sort(byTitle);

  const stuck: GraphProblems['stuck'] = [];
  const sinceRows = db
    .prepare(
      `SELECT n.id, n.title, n.stage, coalesce((SELECT max(c.changed_at) FROM note_stage_changes c WHERE c.note_id = n.id), n.created_at) AS since
         FROM notes n WHERE n.deleted_at IS NULL`,
    )
    .raw()
    .iterate() as Iterable<[string, string, string, string]>;
  for (const [id, title, stage, since] of sinceRows) {
    const t = Date.parse(since);
    if (Number.isNaN(t)) continue;
    const days = Math.floor((now.getTime() - t) / DAY_MS);
    if (days > stuckDays) stuck.push({ id, title, stage, since, days });
  }
  stuck.sort((a, b) => b.days - a.days || byTitle(a, b));

  const dupRows = db
    .prepare(
      `SELECT title_key, id, title FROM notes WHERE deleted_at IS NULL AND title_key IN
         (SELECT title_key FROM notes WHERE deleted_at IS NULL GROUP BY title_key HAVING count(*) > 1)
        ORDER BY title_key, id`,
    )
    .raw()
    .all() as [string, string, string][];
  const duplicateTitles: GraphProblems['duplicateTitles'] = [];
  let lastKey: string | null = null;
  for (const [key, id, title] of dupRows) {
    if (key !== lastKey) duplicateTitles.push({ title, ids: [] });
    duplicateTitles[duplicateTitles.length - 1].ids.push(id);
    lastKey = key;
  }

  const counts = {
    brokenLinks: brokenLinks.length,
    orphans: orphans.length,
    noDomain: noDomain.length,
    noKind: noKind.length,
    stuck: stuck.length,
    duplicateTitles: duplicateTitles.length,
    total: 0,
  };
  counts.total = counts.brokenLinks + counts.orphans + counts.noDomain + counts.noKind + counts.stuck + counts.duplicateTitles;
  return {
    brokenLinks: brokenLinks.slice(0, limit),
    orphans: orphans.slice(0, limit),
    noDomain: noDomain.slice(0, limit),
    noKind: noKind.slice(0, limit),
    stuck: stuck.slice(0, limit),
    duplicateTitles: duplicateTitles.slice(0, limit),
    counts,
  };
}
