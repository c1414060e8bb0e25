// Writes a classified import in ONE transaction: domains, members, notes (per-note strategy), attachments, provenance, links, sharing event.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ImportStrategy } from '../../../common/api/methods/packages';
import { linkKeysOf, titleKey } from '../../../common/wikilink';
import type { PackageManifest } from '../../../common/packages/manifest-types';
import { AttachmentStaging, AttachmentStore } from '../../attachments/attachment-store';
import { relinkOthersByKeys, relinkSources } from '../../notes/bulk-relink';
import { LinkResolver } from '../../notes/link-resolver';
import { slugify } from '../../notes/slug';
import { VersionStore } from '../../notes/versions';
import { DomainStore } from '../../store/domain-store';
import { MemberStore } from '../../store/member-store';
import { NoteStore } from '../../store/note-store';
import { noteContentHash } from '../content-hash';
import { throwIfCancelled } from '../task-registry';
import { workspaceId } from '../workspace-id';
import type { ClassifiedNote, LocalContent } from './classify';
import { insertLinksOfNewNotes } from './insert-links';
import { insertNewNotes } from './insert-new-notes';
import type { NewNoteRow } from './insert-new-notes';
import { creatorLabel } from './local-names';
import type { DomainTitles } from './local-names';
import type { LocalRefs } from './local-refs';

export interface ApplyInput {
  db: Database;
  workspaceDir: string;
  manifest: PackageManifest;
  /** Key id of the verified manifest signature (null when unsigned): recorded as provenance.creator_key and sharing_events.from_key. */
  creatorKey: string | null;
  refs: LocalRefs;
  notes: ClassifiedNote[];
  titles: DomainTitles;
  strategy: ImportStrategy;
  choices: Record<string, ImportStrategy>;
  now: string;
  signal?: AbortSignal;
  onProgress?: (done: number) => void;
  /** Runs inside the transaction just before it commits (tests inject a failure here). */
  beforeCommit?: () => void;
  /** The package's plans (plan-import.ts): written after the notes, in the same transaction. */
  plans?: { hasWork: boolean; apply(localNoteIds: ReadonlyMap<string, string>, here: string): void };
}

export interface ApplyResult {
  written: boolean;
  keptBoth: number;
  /** Local ids of notes whose content was written (added, replaced, copies). */
  changedNoteIds: string[];
}

/** What to do with one note: updated notes take theirs unless a per-note choice says otherwise; conflicts follow the strategy. */
export function effectiveChoice(n: ClassifiedNote, strategy: ImportStrategy, choices: Record<string, ImportStrategy>): ImportStrategy {
  return choices[n.theirs.id] ?? (n.status === 'updated' ? 'take-theirs' : strategy);
}

/** Whether applying would write anything at all (a re-import of the same package writes nothing). */
export function hasWork(refs: LocalRefs, notes: ClassifiedNote[]): boolean {
  if (refs.createDomains.length || refs.createMembers.length || refs.createAttachments.length || refs.restoreFiles.length) return true;
  return notes.some((n) => n.status !== 'unchanged' || (n.provenance !== null && n.provenance.base_hash !== n.localHash));
}

/** Page cache (KiB) while an import writes. */
const IMPORT_CACHE_KIB = 64 * 1024;

const validStamp = (s: string, fallback: string): string => (Number.isNaN(Date.parse(s)) ? fallback : s);

export function applyImport(input: ApplyInput): ApplyResult {
  const { db, manifest, refs, now } = input;
  if (!hasWork(refs, input.notes) && !input.plans?.hasWork) return { written: false, keptBoth: 0, changedNoteIds: [] };
  const creator = creatorLabel(manifest.creator.name);
  const reason = `import: "${manifest.title.slice(0, 120)}" v${manifest.packageVersion} from ${creator}`;
  const notes = new NoteStore(db);
  const versions = new VersionStore(db);
  const attachmentStore = new AttachmentStore(db, input.workspaceDir);
  const staging = new AttachmentStaging(input.workspaceDir);

  const upsertProvenance = db.prepare(
    `INSERT INTO provenance (note_id, origin_workspace, origin_note_id, package_id, package_version, creator_name, creator_key, imported_at, base_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (note_id) DO UPDATE SET origin_workspace = excluded.origin_workspace, origin_note_id = excluded.origin_note_id,
       package_id = excluded.package_id, package_version = excluded.package_version, creator_name = excluded.creator_name,
       creator_key = excluded.creator_key, imported_at = excluded.imported_at, base_hash = excluded.base_hash`,
  );
  const provenance = (noteId: string, origin: { workspaceId: string; noteId: string }, baseHash: string) =>
    upsertProvenance.run(noteId, origin.workspaceId, origin.noteId, manifest.packageId, manifest.packageVersion, manifest.creator.name, input.creatorKey, now, baseHash);
  const oldNames = db.prepare('SELECT title, (SELECT group_concat(alias, char(31)) FROM note_aliases WHERE note_id = n.id) AS aliases FROM notes n WHERE id = ?');
  const updateNote = db.prepare('UPDATE notes SET title = ?, title_key = ?, body = ?, kind = ?, stage = ?, lang = ?, updated_at = ? WHERE id = ?');

  const replace = (id: string, c: LocalContent, lang: string): string[] => {
    const old = oldNames.get(id) as { title: string; aliases: string | null };
    updateNote.run(c.title, titleKey(c.title), c.body, c.kind, c.stage, lang, now, id);
    db.prepare('DELETE FROM note_tags WHERE note_id = ?').run(id);
    db.prepare('DELETE FROM note_aliases WHERE note_id = ?').run(id);
    db.prepare('DELETE FROM note_authors WHERE note_id = ?').run(id);
    const tag = db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)');
    for (const t of c.tags) tag.run(id, t);
    const alias = db.prepare('INSERT OR IGNORE INTO note_aliases (note_id, alias, alias_key) VALUES (?, ?, ?)');
    for (const a of c.aliases) alias.run(id, a, titleKey(a));
    const author = db.prepare('INSERT OR IGNORE INTO note_authors (note_id, member_id, position) VALUES (?, ?, ?)');
    c.authorIds.forEach((a, i) => author.run(id, a, i));
    return [old.title, ...(old.aliases ? old.aliases.split('\u001f') : [])];
  };

  // A page cache that holds a large import's working set (SQLite's default 2 MB thrashes on the note and link
  // indexes: ~15% of a 10,000-note import); this connection's own setting is restored afterwards.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  if (cacheSize < 0 && cacheSize > -IMPORT_CACHE_KIB) db.pragma(`cache_size = ${-IMPORT_CACHE_KIB}`);
  try {
    const result = db.transaction((): ApplyResult => {
      const here = workspaceId(db);
      const domainStore = new DomainStore(db);
      for (const d of refs.createDomains) {
        domainStore.insert({ id: d.localId, name: d.name, description: d.description ?? '', slug: domainStore.freeSlug(slugify(d.slug || d.name)) }, now);
      }
      const memberStore = new MemberStore(db);
      for (const m of refs.createMembers) {
        const domainIds = [...new Set((m.domainIds ?? []).map((d) => refs.domains.get(d)).filter((d): d is string => !!d))];
        memberStore.insert(
          { id: m.localId, name: m.name, email: m.email ?? null, role: m.role ?? '', participation: m.participation ?? 'peripheral', narrative: m.narrative ?? '', domainIds },
          now,
        );
      }

      const localIdOf = new Map<string, string>();
      const changed: { id: string; domainId: string; body: string }[] = [];
      const names: string[] = [];
      // New notes are written in bulk after this loop (insert-new-notes.ts), then given their provenance.
      const fresh: (NewNoteRow & { theirs: ClassifiedNote['theirs']; hash: string })[] = [];
      let keptBoth = 0;
      input.notes.forEach((n, i) => {
        if (i % 100 === 0) throwIfCancelled(input.signal);
        const t = n.theirs;
        if (n.status === 'new') {
          const id = randomUUID();
          fresh.push({ id, content: n.local, domainId: n.domainId, lang: t.lang, createdAt: validStamp(t.createdAt, now), updatedAt: validStamp(t.updatedAt, now), theirs: t, hash: n.localHash });
          localIdOf.set(t.id, id);
          changed.push({ id, domainId: n.domainId, body: n.local.body });
          names.push(n.local.title, ...n.local.aliases);
        } else {
          const localId = n.localId!;
          localIdOf.set(t.id, localId);
          if (n.status === 'unchanged') {
            if (n.provenance && n.provenance.base_hash !== n.localHash) provenance(localId, t.origin, n.localHash);
          } else {
            const choice = effectiveChoice(n, input.strategy, input.choices);
            if (choice === 'take-theirs') {
              versions.keepCurrent(localId, now);
              names.push(...replace(localId, n.local, t.lang), n.local.title, ...n.local.aliases);
              versions.record(localId, reason, now);
              changed.push({ id: localId, domainId: n.domainId, body: n.local.body });
            } else if (choice === 'keep-both') {
              const copyId = randomUUID();
              const copy: LocalContent = { ...n.local, title: input.titles.take(n.domainId, t.title, creator, copyId, true) };
              notes.insert({ id: copyId, title: copy.title, domainId: n.domainId, kind: copy.kind, stage: copy.stage, lang: t.lang, body: copy.body, tags: copy.tags, aliases: [], authorIds: copy.authorIds, createdAt: now, updatedAt: now });
              versions.record(copyId, reason, now);
              // The copy is a note of its own (origin here), so a later version of the package never matches it.
              provenance(copyId, { workspaceId: here, noteId: copyId }, noteContentHash({ ...copy, aliases: [] }));
              changed.push({ id: copyId, domainId: n.domainId, body: copy.body });
              names.push(copy.title);
              keptBoth++;
            }
            // Every resolution acknowledges theirs: the same package again is then unchanged.
            provenance(localId, t.origin, n.localHash);
          }
        }
        input.onProgress?.(i + 1);
      });
      insertNewNotes(db, fresh, reason, now);
      for (const f of fresh) provenance(f.id, f.theirs.origin, f.hash);

      for (const a of refs.createAttachments) {
        const noteId = a.noteId ? (localIdOf.get(a.noteId) ?? null) : null;
        attachmentStore.insertRow({ id: a.localId, noteId, fileName: a.fileName, mime: a.mime, size: a.size, sha256: a.sha256 }, now);
        staging.stage(a.sha256, a.data);
      }
      for (const a of refs.restoreFiles) staging.stage(a.sha256, a.data);

      const resolver = new LinkResolver(db);
      // Notes added here have no links rows yet: theirs are inserted in batches; replaced notes and copies are relinked.
      const added = new Set(fresh.map((f) => f.id));
      insertLinksOfNewNotes(db, changed.filter((c) => added.has(c.id)), resolver);
      relinkSources(db, changed.filter((c) => !added.has(c.id)), resolver);
      relinkOthersByKeys(db, linkKeysOf(names), new Set(changed.map((c) => c.id)), resolver);
      input.plans?.apply(localIdOf, here);

      db.prepare(
        `INSERT INTO sharing_events (kind, package_id, package_version, from_name, from_key, from_workspace, to_workspace, note_ids, at)
         VALUES ('import', ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(manifest.packageId, manifest.packageVersion, manifest.creator.name, input.creatorKey, manifest.creator.workspaceId, here, JSON.stringify([...localIdOf.values()]), now);
      throwIfCancelled(input.signal);
      input.beforeCommit?.();
      return { written: true, keptBoth, changedNoteIds: changed.map((c) => c.id) };
    })();
    staging.commit();
    return result;
  } catch (err) {
    staging.discard();
    throw err;
  } finally {
    if (cacheSize < 0 && cacheSize > -IMPORT_CACHE_KIB) db.pragma(`cache_size = ${cacheSize}`);
  }
}
