// Gathers everything an export selection takes out of the workspace, in a few set-based queries.
import type { Database } from 'better-sqlite3';
import type { Plan } from '../../../common/api/methods/plans';
import type { PackageNote, PackageSelection } from '../../../common/packages/manifest-types';
import type { Template } from '../../../common/templates/template-types';
import type { PlanService } from '../../plans/plan-service';
import { noteContentHash } from '../content-hash';
import type { ExportContent, PackageDomain, PackageMember, PackagePlan } from './package-content';
import { attachmentEntryPath } from './entry-paths';
import { selectNotes } from './select-notes';

interface NoteRow {
  id: string;
  title: string;
  domain_id: string;
  domain_name: string;
  kind: string;
  stage: string;
  lang: string;
  body: string;
  created_at: string;
  updated_at: string;
  tags: string[];
  aliases: string[];
  authors: string[];
  origin_workspace: string | null;
  origin_note_id: string | null;
}

const SEP = '\u001f';
const split = (s: string | null): string[] => (s ? s.split(SEP) : []);
const json = (a: Iterable<string>): string => JSON.stringify([...a]);

export function collectContent(db: Database, plans: PlanService, selection: PackageSelection, workspaceId: string): ExportContent {
  const planDocs = selection.planIds.map((id) => plans.get(id));
  const planNoteIds = planDocs.flatMap((p) => [
    ...p.outputs.map((o) => o.noteId),
    ...p.meetings.map((m) => m.recordNoteId),
  ]).filter((x): x is string => !!x);
  const chosen = selectNotes(db, selection, planNoteIds);
  const rows = noteRows(db, [...chosen.keys()]);
  const memberNames = new Map<string, string>();
  for (const r of db.prepare('SELECT id, name FROM members').all() as { id: string; name: string }[]) memberNames.set(r.id, r.name);

  const notes = rows.map((r) => {
    const { tags, aliases, authors: authorIds } = r;
    const content = { title: r.title, body: r.body, kind: r.kind, stage: r.stage, tags, aliases, authorIds };
    const note: PackageNote = {
      id: r.id,
      origin: r.origin_workspace && r.origin_note_id ? { workspaceId: r.origin_workspace, noteId: r.origin_note_id } : { workspaceId, noteId: r.id },
      title: r.title,
      domainId: r.domain_id,
      kind: r.kind,
      stage: r.stage,
      lang: r.lang,
      tags,
      aliases,
      authorIds,
      body: r.body,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      contentHash: noteContentHash(content),
    };
    return { note, reason: chosen.get(r.id)!, domainName: r.domain_name, authorNames: authorIds.map((a) => memberNames.get(a) ?? a) };
  });

  const attachments = selection.includeAttachments ? attachmentsOf(db, notes.map((n) => n.note)) : [];
  const domainIds = new Set([...notes.map((n) => n.note.domainId), ...planDocs.map((p) => p.domainId).filter((d): d is string => !!d)]);
  const domains = db
    .prepare('SELECT id, slug, name, description FROM domains WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name COLLATE NOCASE, id')
    .all(json(domainIds)) as PackageDomain[];
  const memberIds = new Set([...notes.flatMap((n) => n.note.authorIds), ...planDocs.flatMap(planMemberIds)]);
  const members = membersOf(db, memberIds, domainIds);
  const templates = new Map<string, Template>();
  for (const p of planDocs) templates.set(`${p.template.id}@${p.template.version}`, p.template);
  const packagePlans: PackagePlan[] = planDocs.map(({ template: _t, ...rest }) => rest);
  return { selection, notes, attachments, domains, members, plans: packagePlans, templates: [...templates.values()] };
}

function noteRows(db: Database, ids: string[]): NoteRow[] {
  if (!ids.length) return [];
  const idJson = json(ids);
  const rows = db
    .prepare(
      `SELECT n.id, n.title, n.domain_id, d.name AS domain_name, n.kind, n.stage, n.lang, n.body, n.created_at, n.updated_at,
         p.origin_workspace, p.origin_note_id
       FROM json_each(?) j JOIN notes n ON n.id = j.value JOIN domains d ON d.id = n.domain_id
       LEFT JOIN provenance p ON p.note_id = n.id`,
    )
    .all(idJson) as NoteRow[];
  // Sorted here, not in SQL: sorting rows with their bodies in SQLite means a temp B-tree of every body.
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  rows.sort((a, b) => collator.compare(a.domain_name, b.domain_name) || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tags = grouped(db, 'SELECT note_id, tag FROM note_tags WHERE note_id IN (SELECT value FROM json_each(?)) ORDER BY note_id, tag', idJson);
  const aliases = grouped(db, 'SELECT note_id, alias FROM note_aliases WHERE note_id IN (SELECT value FROM json_each(?)) ORDER BY note_id, alias', idJson);
  const authors = grouped(db, 'SELECT note_id, member_id FROM note_authors WHERE note_id IN (SELECT value FROM json_each(?)) ORDER BY note_id, position', idJson);
  for (const r of rows) {
    r.tags = tags.get(r.id) ?? [];
    r.aliases = aliases.get(r.id) ?? [];
    r.authors = authors.get(r.id) ?? [];
  }
  return rows;
}

/** note id → values, from a query returning (note_id, value) rows in order. */
function grouped(db: Database, sql: string, idJson: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [noteId, value] of db.prepare(sql).raw().all(idJson) as [string, string][]) {
    const list = out.get(noteId);
    if (list) list.push(value);
    else out.set(noteId, [value]);
  }
  return out;
}

/** Attachments owned by the notes plus those their bodies link to (`attachments/<id>/…`), as in AttachmentStore.listForNote. */
function attachmentsOf(db: Database, notes: PackageNote[]): ExportContent['attachments'] {
  // Attachment id → the first note (in package order) whose body links to it.
  const linked = new Map<string, string>();
  for (const n of notes) for (const m of n.body.matchAll(/attachments\/([A-Za-z0-9-]{1,200})\//g)) if (!linked.has(m[1])) linked.set(m[1], n.id);
  const inPackage = new Set(notes.map((n) => n.id));
  const rows = db
    .prepare(
      `SELECT id, note_id, file_name, mime, size, sha256, stored_path FROM attachments
       WHERE note_id IN (SELECT value FROM json_each(@owners)) OR id IN (SELECT value FROM json_each(@linked))
       ORDER BY sha256, id`,
    )
    .all({ owners: json(inPackage), linked: json(linked.keys()) }) as { id: string; note_id: string | null; file_name: string; mime: string; size: number; sha256: string; stored_path: string }[];
  const pathBySha = new Map<string, string>();
  return rows.map((r) => {
    // One entry per distinct content: rows sharing a hash point at the first one's entry.
    let path = pathBySha.get(r.sha256);
    if (!path) pathBySha.set(r.sha256, (path = attachmentEntryPath(r.sha256, r.file_name)));
    const a: ExportContent['attachments'][number] = {
      id: r.id,
      noteId: r.note_id,
      fileName: r.file_name,
      mime: r.mime,
      size: r.size,
      sha256: r.sha256,
      path,
      storedPath: r.stored_path,
      shownWith: r.note_id && inPackage.has(r.note_id) ? r.note_id : (linked.get(r.id) ?? ''),
    };
    return a;
  });
}

/** Members a plan names: coordinator, task owners, meeting attendees and member/members field values. */
function planMemberIds(p: Plan): string[] {
  const ids: string[] = [];
  if (p.coordinatorId) ids.push(p.coordinatorId);
  for (const t of p.tasks) if (t.ownerId) ids.push(t.ownerId);
  for (const m of p.meetings) ids.push(...m.attendeeIds);
  for (const phase of p.template.phases) {
    for (const f of phase.fields) {
      const v = p.values[phase.id]?.[f.id];
      if (f.type === 'member' && typeof v === 'string') ids.push(v);
      if (f.type === 'members' && Array.isArray(v)) ids.push(...v.filter((x): x is string => typeof x === 'string'));
    }
  }
  return ids;
}

function membersOf(db: Database, ids: Set<string>, domainIds: Set<string>): PackageMember[] {
  if (!ids.size) return [];
  const rows = db
    .prepare(
      `SELECT m.id, m.name, m.role, m.participation, m.narrative,
         (SELECT group_concat(domain_id, char(31)) FROM (SELECT domain_id FROM member_domains md WHERE md.member_id = m.id ORDER BY domain_id)) AS domains
       FROM members m WHERE m.id IN (SELECT value FROM json_each(?)) ORDER BY m.name COLLATE NOCASE, m.id`,
    )
    .all(json(ids)) as (Omit<PackageMember, 'domainIds'> & { domains: string | null })[];
  return rows.map(({ domains, ...m }) => ({ ...m, domainIds: split(domains).filter((d) => domainIds.has(d)) }));
}
