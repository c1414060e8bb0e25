// Resolves an export selection to live note ids with set-based SQL: facets, plan outputs, explicit ids, linked notes to depth N.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../common/errors';
import type { PackageSelection } from '../../../common/packages/manifest-types';

export type SelectionReason = 'selected' | 'linked' | 'plan-output';

/**
 * Semantics (documented for the preview and the CLI):
 * - Facets combine like a filter: within one facet any value matches (domain A or B), across facets all must match
 *   (domain A and tag t). A tag also matches its sub-tags (`a` matches `a` and `a/b`). No facet given: no facet notes.
 * - Plan output notes and meeting-record notes (reason 'plan-output') and explicit note ids ('selected') are added to them.
 * - Linked notes: outgoing resolved wikilinks followed breadth-first up to `depth` ('linked'); backlinks are not
 *   followed (a note that links to the selection is not part of it). Excluded notes are neither kept nor followed.
 * - Only live notes (not in the trash) are ever selected; an explicit or plan note in the trash is skipped.
 */
export function selectNotes(db: Database, sel: PackageSelection, planNoteIds: readonly string[]): Map<string, SelectionReason> {
  const excluded = new Set(sel.excludedNoteIds);
  const out = new Map<string, SelectionReason>();
  const add = (ids: readonly string[], reason: SelectionReason) => {
    for (const id of ids) if (!excluded.has(id) && !out.has(id)) out.set(id, reason);
  };
  checkDomains(db, sel.domainIds);
  add(facetNotes(db, sel), 'selected');
  add(liveOnly(db, explicitIds(db, sel.noteIds)), 'selected');
  add(liveOnly(db, planNoteIds), 'plan-output');
  let frontier = [...out.keys()];
  for (let level = 0; level < sel.depth && frontier.length; level++) {
    const next = (linkTargets(db, frontier) as string[]).filter((id) => !excluded.has(id) && !out.has(id));
    add(next, 'linked');
    frontier = next;
  }
  return out;
}

function checkDomains(db: Database, domainIds: readonly string[]): void {
  if (!domainIds.length) return;
  const known = new Set(db.prepare('SELECT id FROM domains WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(domainIds)) as string[]);
  const missing = domainIds.find((d) => !known.has(d));
  if (missing) throw new AppError('NOT_FOUND', `No domain with id ${missing}`);
}

/** Explicit ids must name notes of this workspace (trashed ones are then skipped, not an error). */
function explicitIds(db: Database, ids: readonly string[]): string[] {
  if (!ids.length) return [];
  const known = new Set(db.prepare('SELECT id FROM notes WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as string[]);
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw new AppError('NOT_FOUND', `No note with id ${missing}`);
  return [...new Set(ids)];
}

function liveOnly(db: Database, ids: readonly string[]): string[] {
  if (!ids.length) return [];
  const live = new Set(
    db.prepare('SELECT id FROM notes WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as string[],
  );
  return ids.filter((id) => live.has(id));
}

function facetNotes(db: Database, sel: PackageSelection): string[] {
  const facets = [sel.domainIds, sel.kinds, sel.stages, sel.tags];
  if (facets.every((f) => f.length === 0)) return [];
  const j = (a: readonly string[]) => JSON.stringify(a);
  return db
    .prepare(
      `SELECT n.id FROM notes n
       WHERE n.deleted_at IS NULL
         AND (@domains = '[]' OR n.domain_id IN (SELECT value FROM json_each(@domains)))
         AND (@kinds = '[]' OR n.kind IN (SELECT value FROM json_each(@kinds)))
         AND (@stages = '[]' OR n.stage IN (SELECT value FROM json_each(@stages)))
         AND (@tags = '[]' OR EXISTS (
           SELECT 1 FROM note_tags t, json_each(@tags) w
           WHERE t.note_id = n.id AND (t.tag = w.value OR substr(t.tag, 1, length(w.value) + 1) = w.value || '/')))
       ORDER BY n.id`,
    )
    .pluck()
    .all({ domains: j(sel.domainIds), kinds: j(sel.kinds), stages: j(sel.stages), tags: j(sel.tags) }) as string[];
}

/** Live notes that any of `sources` links to (resolved wikilinks only), one query per depth level. */
function linkTargets(db: Database, sources: readonly string[]): string[] {
  return db
    .prepare(
      `SELECT DISTINCT l.target_id FROM links l JOIN notes n ON n.id = l.target_id AND n.deleted_at IS NULL
       WHERE l.source_id IN (SELECT value FROM json_each(?)) AND l.target_id IS NOT NULL
       ORDER BY l.target_id`,
    )
    .pluck()
    .all(JSON.stringify(sources)) as string[];
}
