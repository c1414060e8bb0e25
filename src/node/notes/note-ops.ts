// Note writes that touch links or history: edit, rename, move, trash, restore, versions, mentions, open-link.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import { title as titleSchema } from '../../common/api/schemas';
import { parseWikiLinkTarget, titleKey } from '../../common/wikilink';
import { NoteStore } from '../store/note-store';
import { DomainStore } from '../store/domain-store';
import { linkTextFor, rewriteDomainLinks, rewriteIncomingLinks } from './link-rewrite';
import type { LinkedNote } from './link-rewrite';
import { findMentions } from './mentions';
import { VersionStore } from './versions';

interface NoteRow {
  id: string;
  title: string;
  body: string;
  domain_id: string;
  deleted_at: string | null;
}

/** What a write changed, for events: the note itself and other notes whose body was rewritten. */
export interface WriteResult {
  renamed: boolean;
  changedSources: string[];
}

export interface MetaPatch {
  domainId?: string;
  /** Validated against NOTE_KINDS / SHARING_STAGES by the API schema. */
  kind?: string;
  stage?: string;
  lang?: string;
  tags?: string[];
  aliases?: string[];
  authorIds?: string[];
}

export class NoteOps {
  readonly notes: NoteStore;
  readonly domains: DomainStore;
  readonly versions: VersionStore;

  constructor(
    private readonly db: Database,
    private readonly now: () => string,
  ) {
    this.notes = new NoteStore(db);
    this.domains = new DomainStore(db);
    this.versions = new VersionStore(db);
  }

  private row(id: string): NoteRow {
    const r = this.db.prepare('SELECT id, title, body, domain_id, deleted_at FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
    if (!r) throw new AppError('NOT_FOUND', `No note with id ${id}`);
    return r;
  }

  private live(id: string): NoteRow {
    const r = this.row(id);
    if (r.deleted_at) throw new AppError('CONFLICT', `Note "${r.title}" is in the trash; restore it first`);
    return r;
  }

  private linked(id: string): LinkedNote {
    const r = this.db
      .prepare('SELECT n.id, n.title, n.domain_id AS domainId, d.name AS domainName FROM notes n JOIN domains d ON d.id = n.domain_id WHERE n.id = ?')
      .get(id) as LinkedNote;
    return r;
  }

  /** Title change without history: rewrites incoming links; returns the other notes whose body changed. */
  private renameCore(note: NoteRow, newTitle: string, stamp: string): string[] {
    this.notes.assertTitleAvailable(note.domain_id, newTitle, note.id);
    this.db.prepare('UPDATE notes SET title = ?, title_key = ?, updated_at = ? WHERE id = ?').run(newTitle, titleKey(newTitle), stamp, note.id);
    const changed = rewriteIncomingLinks(this.db, this.notes, this.versions, this.linked(note.id), { titleKey: titleKey(note.title), domainId: note.domain_id }, stamp);
    this.notes.relink(note.id);
    this.notes.resolvePending(note.id);
    return changed.filter((c) => c !== note.id);
  }

  private setBody(id: string, body: string, stamp: string): void {
    this.db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(body, stamp, id);
    this.notes.relink(id);
  }

  /** notes.update: body edits are versioned (coalesced); a title change is a rename. */
  update(id: string, patch: { title?: string; body?: string }): WriteResult {
    return this.db.transaction((): WriteResult => {
      const stamp = this.now();
      const note = this.live(id);
      this.versions.keepCurrent(id, stamp);
      if (patch.body !== undefined && patch.body !== note.body) {
        this.setBody(id, patch.body, stamp);
        this.versions.record(id, 'edit', stamp);
      } else if (patch.title === undefined || patch.title === note.title) {
        this.db.prepare('UPDATE notes SET updated_at = ? WHERE id = ?').run(stamp, id);
      }
      if (patch.title === undefined || patch.title === note.title) return { renamed: false, changedSources: [] };
      const changedSources = this.renameCore(this.row(id), patch.title, stamp);
      this.versions.record(id, 'rename', stamp);
      return { renamed: true, changedSources };
    })();
  }

  rename(id: string, newTitle: string): WriteResult {
    return this.update(id, { title: newTitle });
  }

  setMeta(id: string, patch: MetaPatch): WriteResult {
    return this.db.transaction((): WriteResult => {
      const stamp = this.now();
      const note = this.live(id);
      let changedSources: string[] = [];
      if (patch.authorIds) {
        const known = new Set(this.db.prepare('SELECT id FROM members').pluck().all() as string[]);
        const unknown = patch.authorIds.filter((a) => !known.has(a));
        if (unknown.length) throw new AppError('INVALID_INPUT', `authorIds: unknown member id(s): ${unknown.join(', ')}`);
      }
      if (patch.domainId !== undefined && patch.domainId !== note.domain_id) {
        if (!this.domains.exists(patch.domainId)) throw new AppError('NOT_FOUND', `No domain with id ${patch.domainId}`);
        this.notes.assertTitleAvailable(patch.domainId, note.title, id);
        this.db.prepare('UPDATE notes SET domain_id = ? WHERE id = ?').run(patch.domainId, id);
        changedSources = rewriteIncomingLinks(this.db, this.notes, this.versions, this.linked(id), { titleKey: titleKey(note.title), domainId: note.domain_id }, stamp).filter((c) => c !== id);
        this.notes.relink(id);
        this.notes.resolvePending(id);
      }
      const set = (col: string, v: string | undefined) => v !== undefined && this.db.prepare(`UPDATE notes SET ${col} = ? WHERE id = ?`).run(v, id);
      set('kind', patch.kind);
      set('stage', patch.stage);
      set('lang', patch.lang);
      if (patch.tags) {
        this.db.prepare('DELETE FROM note_tags WHERE note_id = ?').run(id);
        const ins = this.db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)');
        for (const t of patch.tags) ins.run(id, t);
      }
      if (patch.authorIds) {
        this.db.prepare('DELETE FROM note_authors WHERE note_id = ?').run(id);
        const ins = this.db.prepare('INSERT OR IGNORE INTO note_authors (note_id, member_id, position) VALUES (?, ?, ?)');
        patch.authorIds.forEach((a, i) => ins.run(id, a, i));
      }
      if (patch.aliases) {
        this.db.prepare('DELETE FROM note_aliases WHERE note_id = ?').run(id);
        const ins = this.db.prepare('INSERT OR IGNORE INTO note_aliases (note_id, alias, alias_key) VALUES (?, ?, ?)');
        for (const a of patch.aliases) ins.run(id, a, titleKey(a));
        this.notes.reresolveIncoming(id);
        this.notes.resolvePending(id);
      }
      this.db.prepare('UPDATE notes SET updated_at = ? WHERE id = ?').run(stamp, id);
      return { renamed: false, changedSources };
    })();
  }

  /** Moves a note to the trash: links to it become unresolved (or reach another note with that title). */
  trash(id: string): void {
    this.db.transaction(() => {
      const note = this.row(id);
      if (note.deleted_at) return;
      this.db.prepare('UPDATE notes SET deleted_at = ? WHERE id = ?').run(this.now(), id);
      this.notes.reresolveIncoming(id);
    })();
  }

  restore(id: string): void {
    this.db.transaction(() => {
      const note = this.row(id);
      if (!note.deleted_at) throw new AppError('CONFLICT', `Note "${note.title}" is not in the trash`);
      const clash = this.db
        .prepare('SELECT d.name FROM notes n JOIN domains d ON d.id = n.domain_id WHERE n.domain_id = ? AND n.title_key = ? AND n.deleted_at IS NULL AND n.id <> ?')
        .pluck()
        .get(note.domain_id, titleKey(note.title), id) as string | undefined;
      if (clash) {
        throw new AppError('CONFLICT', `Cannot restore "${note.title}": domain "${clash}" already has a note with this title; rename or delete that note first`);
      }
      this.db.prepare('UPDATE notes SET deleted_at = NULL WHERE id = ?').run(id);
      this.notes.relink(id);
      this.notes.resolvePending(id);
    })();
  }

  purge(id: string): void {
    this.db.transaction(() => {
      const note = this.row(id);
      if (!note.deleted_at) throw new AppError('CONFLICT', `Note "${note.title}" is not in the trash; only trashed notes can be purged`);
      this.db.prepare('DELETE FROM notes WHERE id = ?').run(id);
    })();
  }

  /** Brings back an old title and body as a new change (reason "restore"); a title change rewrites links like a rename. */
  restoreVersion(id: string, versionId: number): WriteResult {
    return this.db.transaction((): WriteResult => {
      const stamp = this.now();
      const note = this.live(id);
      const version = this.versions.get(id, versionId);
      this.versions.keepCurrent(id, stamp);
      if (version.body !== note.body) this.setBody(id, version.body, stamp);
      let changedSources: string[] = [];
      const renamed = version.title !== note.title;
      if (renamed) changedSources = this.renameCore(this.row(id), version.title, stamp);
      this.db.prepare('UPDATE notes SET updated_at = ? WHERE id = ?').run(stamp, id);
      this.versions.record(id, 'restore', stamp);
      return { renamed, changedSources };
    })();
  }

  /** Replaces the mention at start..end in the source with a link to the note; CONFLICT when the text moved. */
  linkMention(id: string, sourceId: string, start: number, end: number): void {
    this.db.transaction(() => {
      const stamp = this.now();
      this.live(id);
      const source = this.live(sourceId);
      if (sourceId === id) throw new AppError('INVALID_INPUT', 'A note cannot link a mention of itself');
      const target = this.linked(id);
      const names = [target.title, ...(this.db.prepare('SELECT alias FROM note_aliases WHERE note_id = ?').pluck().all(id) as string[])];
      const text = end <= source.body.length && start < end ? source.body.slice(start, end) : '';
      const stillThere = text !== '' && findMentions(source.body, names).some((m) => m.start === start && m.end === end);
      if (!stillThere) {
        throw new AppError('CONFLICT', `The text at ${start}..${end} of "${source.title}" is no longer a mention of "${target.title}"; refresh the mentions`);
      }
      const linkText = linkTextFor(this.notes, target, source.domain_id, target.title);
      const shown = text.replace(/\s+/g, ' ');
      const link = linkText === shown ? `[[${linkText}]]` : `[[${linkText}|${shown}]]`;
      this.versions.keepCurrent(sourceId, stamp);
      this.setBody(sourceId, source.body.slice(0, start) + link + source.body.slice(end), stamp);
      this.versions.record(sourceId, 'edit', stamp);
    })();
  }

  /** Resolves a link target from a note; with create, makes the missing note (in the named domain, else the source's). */
  openLink(fromId: string, target: string, create: boolean): { id: string | null; created: boolean } {
    return this.db.transaction(() => {
      const source = this.row(fromId);
      const parsed = parseWikiLinkTarget(target.replace(/^\s*\[\[|\]\]\s*$/g, ''));
      if (!parsed) throw new AppError('INVALID_INPUT', 'target: the link names no note');
      const found = this.notes.resolveLink(source.domain_id, parsed);
      if (found || !create) return { id: found, created: false };
      const namedDomain = parsed.domain ? this.notes.domainIdByName(parsed.domain) : undefined;
      const domainId = namedDomain ?? source.domain_id;
      const checked = titleSchema.safeParse(namedDomain ? parsed.title : parsed.path);
      if (!checked.success) throw new AppError('INVALID_INPUT', `target: ${checked.error.issues[0].message}`);
      const stamp = this.now();
      const id = this.notes.insert({ title: checked.data, domainId, kind: 'practice', stage: 'identify', body: '', createdAt: stamp, updatedAt: stamp });
      this.notes.resolvePending(id);
      return { id, created: true };
    })();
  }

  createDomain(name: string, description: string | undefined, slug: (n: string) => string): string {
    return this.db.transaction(() => {
      this.domains.assertNameFree(name);
      return this.domains.insert({ name, description, slug: this.domains.freeSlug(slug(name)) }, this.now());
    })();
  }

  /** Renames, describes or (un)archives a domain; a rename rewrites [[Old name/…]] links. Returns rewritten notes. */
  updateDomain(id: string, patch: { name?: string; description?: string; archived?: boolean }): string[] {
    return this.db.transaction(() => {
      const stamp = this.now();
      const current = this.domains.get(id);
      let changed: string[] = [];
      if (patch.name !== undefined && patch.name !== current.name) {
        this.domains.assertNameFree(patch.name, id);
        this.domains.update(id, { name: patch.name }, stamp);
        changed = rewriteDomainLinks(this.db, this.notes, this.versions, { id, oldName: current.name, newName: patch.name }, stamp);
        const waiting = this.db.prepare('SELECT DISTINCT source_id FROM links WHERE target_domain = ? COLLATE NOCASE').pluck().all(patch.name) as string[];
        for (const s of waiting) this.notes.relink(s);
      }
      this.domains.update(id, { description: patch.description, archived: patch.archived }, stamp);
      return changed;
    })();
  }
}
