// Classifies each package note against this workspace: new, updated (only theirs changed), conflict (both), unchanged.
import type { Database } from 'better-sqlite3';
import type { ImportNotePreview } from '../../../common/api/methods/packages';
import type { NoteKind, SharingStage } from '../../../common/api/types';
import type { PackageNote } from '../../../common/packages/manifest-types';
import { noteContentHash } from '../content-hash';
import type { NoteContent } from '../content-hash';
import { creatorLabel, DomainTitles } from './local-names';
import { localizeBody } from './local-refs';
import type { LocalRefs } from './local-refs';

/** A note's content as it is (mine) or as it would be written here (theirs, with local ids and a free title). */
export interface LocalContent extends NoteContent {
  kind: NoteKind;
  stage: SharingStage;
  tags: string[];
  aliases: string[];
  authorIds: string[];
}

export interface ProvenanceRow {
  note_id: string;
  base_hash: string;
}

export interface ClassifiedNote {
  theirs: PackageNote;
  /** theirs as written here: authors and attachment links mapped to local ids, title made free in the local domain. */
  local: LocalContent;
  domainId: string;
  /** noteContentHash(local): stored as provenance.base_hash when this version is taken or acknowledged. */
  localHash: string;
  status: ImportNotePreview['status'];
  localId: string | null;
  mine: (LocalContent & { hash: string }) | null;
  provenance: ProvenanceRow | null;
}

export interface ClassifyContext {
  db: Database;
  /** This workspace's id, or null when none was ever created (then no note can have originated here). */
  workspaceId: string | null;
  creatorName: string;
  refs: LocalRefs;
  onNote?: (index: number) => void;
}

const SEP = '\u001f';
const split = (s: string | null): string[] => (s ? s.split(SEP) : []);

export function classifyNotes(notes: readonly PackageNote[], ctx: ClassifyContext): { notes: ClassifiedNote[]; titles: DomainTitles } {
  const { db, refs } = ctx;
  const creator = creatorLabel(ctx.creatorName);
  const liveById = db.prepare('SELECT id FROM notes WHERE id = ? AND deleted_at IS NULL').pluck();
  const byOrigin = db.prepare(
    `SELECT p.note_id, p.base_hash FROM provenance p JOIN notes n ON n.id = p.note_id AND n.deleted_at IS NULL
     WHERE p.origin_workspace = ? AND p.origin_note_id = ? ORDER BY p.imported_at, p.note_id LIMIT 1`,
  );
  const provOf = db.prepare('SELECT note_id, base_hash FROM provenance WHERE note_id = ?');
  const domainOf = db.prepare('SELECT domain_id FROM notes WHERE id = ?').pluck();
  const noteRow = db.prepare(
    `SELECT n.title, n.body, n.kind, n.stage,
       (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM note_tags WHERE note_id = n.id ORDER BY tag)) AS tags,
       (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM note_aliases WHERE note_id = n.id ORDER BY alias)) AS aliases,
       (SELECT group_concat(member_id, char(31)) FROM (SELECT member_id FROM note_authors WHERE note_id = n.id ORDER BY position)) AS authors
     FROM notes n WHERE n.id = ?`,
  );
  const titles = new DomainTitles((domainId) => db.prepare('SELECT id, title FROM notes WHERE domain_id = ? AND deleted_at IS NULL').all(domainId) as { id: string; title: string }[]);

  const mineOf = (id: string): LocalContent & { hash: string } => {
    const r = noteRow.get(id) as { title: string; body: string; kind: NoteKind; stage: SharingStage; tags: string | null; aliases: string | null; authors: string | null };
    const c: LocalContent = { title: r.title, body: r.body, kind: r.kind, stage: r.stage, tags: split(r.tags), aliases: split(r.aliases), authorIds: split(r.authors) };
    return { ...c, hash: noteContentHash(c) };
  };

  const classified = notes.map((theirs, i): ClassifiedNote => {
    ctx.onNote?.(i);
    let localId: string | null = null;
    let provenance: ProvenanceRow | null = null;
    if (theirs.origin.workspaceId === ctx.workspaceId) localId = (liveById.get(theirs.origin.noteId) as string | undefined) ?? null;
    if (localId) provenance = (provOf.get(localId) as ProvenanceRow | undefined) ?? null;
    else {
      // A note from elsewhere, or one of ours whose original is gone (trashed): the live note that took its place.
      provenance = (byOrigin.get(theirs.origin.workspaceId, theirs.origin.noteId) as ProvenanceRow | undefined) ?? null;
      localId = provenance?.note_id ?? null;
    }
    const domainId = refs.domains.get(theirs.domainId)!;
    const mine = localId ? mineOf(localId) : null;
    // A matched note stays in its own domain; its title is only made free there (it keeps the title it already has).
    const targetDomain = localId ? (domainOf.get(localId) as string) : domainId;
    const local: LocalContent = {
      title: titles.take(targetDomain, theirs.title, creator, localId ?? `new:${theirs.id}`),
      body: localizeBody(theirs.body, refs.attachments),
      kind: theirs.kind as NoteKind,
      stage: theirs.stage as SharingStage,
      tags: [...theirs.tags],
      aliases: [...theirs.aliases],
      authorIds: theirs.authorIds.map((a) => refs.members.get(a)!),
    };
    // theirs.contentHash was recomputed and checked on parsing (package-content.ts): the same content has the same hash.
    const sameAsTheirs = local.title === theirs.title && local.body === theirs.body && local.authorIds.every((a, k) => a === theirs.authorIds[k]);
    const localHash = sameAsTheirs ? theirs.contentHash : noteContentHash(local);
    let status: ClassifiedNote['status'];
    if (!mine) status = 'new';
    else if (localHash === mine.hash || localHash === provenance?.base_hash) status = 'unchanged';
    else if (provenance && mine.hash === provenance.base_hash) status = 'updated';
    else status = 'conflict';
    return { theirs, local, domainId: targetDomain, localHash, status, localId, mine, provenance };
  });
  return { notes: classified, titles };
}
