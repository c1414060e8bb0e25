// Notes with tags, authors and aliases; outgoing wikilinks are derived from the body on every write.
import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../common/errors';
import type { Note, NoteKind, NoteSummary, SharingStage } from '../../common/api/types';
import { linkCandidates, linkKeysOf, parseWikiLinks, titleKey } from '../../common/wikilink';
import { relinkEverything } from '../notes/bulk-relink';
import { summaries } from '../notes/note-lists';
import type { SummaryRow } from '../notes/note-lists';

/** A full notes row: the list columns plus body, creation time and the tags joined into one string. */
interface NoteRow extends SummaryRow {
  body: string;
  created_at: string;
  tags: string | null;
}

/** A note as stored: `deletedAt` is set while it is in the trash. */
export type StoredNote = Note & { deletedAt: string | null };

export interface NewNote {
  id?: string;
  title: string;
  domainId: string;
  kind: NoteKind;
  stage: SharingStage;
  lang?: string;
  body?: string;
  tags?: string[];
  authorIds?: string[];
  aliases?: string[];
  createdAt: string;
  updatedAt: string;
}

const TAGS = `(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM note_tags t WHERE t.note_id = n.id ORDER BY tag)) AS tags`;

function toSummary(r: NoteRow): NoteSummary {
  return {
    id: r.id,
    title: r.title,
    domainId: r.domain_id,
    kind: r.kind,
    stage: r.stage,
    lang: r.lang,
    tags: r.tags ? r.tags.split('\u001f') : [],
    updatedAt: r.updated_at,
  };
}

export class NoteStore {
  constructor(private readonly db: Database) {}

  list(domainId?: string): NoteSummary[] {
    const where = domainId ? 'WHERE n.deleted_at IS NULL AND n.domain_id = ?' : 'WHERE n.deleted_at IS NULL';
    const rows = this.db
      .prepare(`SELECT n.id, n.title, n.domain_id, n.kind, n.stage, n.lang, n.updated_at FROM notes n ${where} ORDER BY n.title COLLATE NOCASE`)
      .all(...(domainId ? [domainId] : [])) as SummaryRow[];
    return summaries(this.db, rows);
  }

  get(id: string): StoredNote {
    const r = this.db.prepare(`SELECT n.*, ${TAGS} FROM notes n WHERE n.id = ?`).get(id) as NoteRow | undefined;
    if (!r) throw new AppError('NOT_FOUND', `No note with id ${id}`);
    const aliases = this.db.prepare('SELECT alias FROM note_aliases WHERE note_id = ? ORDER BY alias').pluck().all(id) as string[];
    const authorIds = this.db
      .prepare('SELECT member_id FROM note_authors WHERE note_id = ? ORDER BY position')
      .pluck()
      .all(id) as string[];
    const links = (
      this.db
        .prepare('SELECT target_title, target_id, label, heading FROM links WHERE source_id = ? ORDER BY position')
        .all(id) as { target_title: string; target_id: string | null; label: string | null; heading: string | null }[]
    ).map((l) => ({ targetTitle: l.target_title, targetId: l.target_id, label: l.label, heading: l.heading }));
    return { ...toSummary(r), body: r.body, aliases, authorIds, createdAt: r.created_at, links, deletedAt: r.deleted_at ?? null };
  }

  private assertTitleFree(domainId: string, title: string, exceptId?: string): void {
    const clash = this.stmt('SELECT id FROM notes WHERE domain_id = ? AND title_key = ? AND id IS NOT ? AND deleted_at IS NULL').get(
      domainId,
      titleKey(title),
      exceptId ?? null,
    );
    if (clash) throw new AppError('CONFLICT', `A note titled "${title}" already exists in this domain`);
  }

  /** Throws CONFLICT when a live note other than exceptId already has this title in the domain. */
  assertTitleAvailable(domainId: string, title: string, exceptId?: string): void {
    this.assertTitleFree(domainId, title, exceptId);
  }

  /** Inserts a note without deriving links (callers run relinkAll or relink afterwards). */
  insert(n: NewNote): string {
    const id = n.id ?? randomUUID();
    this.assertTitleFree(n.domainId, n.title);
    this.stmt(
      `INSERT INTO notes (id, title, title_key, domain_id, kind, stage, lang, body, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, n.title, titleKey(n.title), n.domainId, n.kind, n.stage, n.lang ?? 'en', n.body ?? '', n.createdAt, n.updatedAt);
    const tag = this.stmt('INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)');
    for (const t of n.tags ?? []) tag.run(id, t);
    const author = this.stmt('INSERT OR IGNORE INTO note_authors (note_id, member_id, position) VALUES (?, ?, ?)');
    (n.authorIds ?? []).forEach((a, i) => author.run(id, a, i));
    const alias = this.stmt('INSERT OR IGNORE INTO note_aliases (note_id, alias, alias_key) VALUES (?, ?, ?)');
    for (const a of n.aliases ?? []) alias.run(id, a, titleKey(a));
    return id;
  }

  update(id: string, patch: { title?: string; body?: string }, now: string): void {
    const current = this.db.prepare('SELECT domain_id FROM notes WHERE id = ?').get(id) as { domain_id: string } | undefined;
    if (!current) throw new AppError('NOT_FOUND', `No note with id ${id}`);
    if (patch.title !== undefined) {
      this.assertTitleFree(current.domain_id, patch.title, id);
      this.db.prepare('UPDATE notes SET title = ?, title_key = ? WHERE id = ?').run(patch.title, titleKey(patch.title), id);
    }
    if (patch.body !== undefined) this.db.prepare('UPDATE notes SET body = ? WHERE id = ?').run(patch.body, id);
    this.db.prepare('UPDATE notes SET updated_at = ? WHERE id = ?').run(now, id);
  }

  /** Id of the domain a link's domain part names (name or slug, case-insensitive), or undefined. */
  domainIdByName(name: string): string | undefined {
    return this.stmt('SELECT id FROM domains WHERE name = ? COLLATE NOCASE OR slug = ? COLLATE NOCASE', true).get(name.trim(), name.trim()) as
      | string
      | undefined;
  }

  /** Resolves a link target among live notes: same domain first, then anywhere; titles win over aliases. */
  resolve(sourceDomainId: string, domainName: string | null, target: string): string | null {
    const key = titleKey(target);
    const domainFilter = domainName ? this.domainIdByName(domainName) : undefined;
    if (domainName && !domainFilter) return null;
    const byTitle = this.stmt(
      `SELECT id FROM notes WHERE title_key = ? AND deleted_at IS NULL AND (? IS NULL OR domain_id = ?)
       ORDER BY domain_id = ? DESC, created_at LIMIT 1`,
      true,
    ).get(key, domainFilter ?? null, domainFilter ?? null, sourceDomainId) as string | undefined;
    if (byTitle) return byTitle;
    const byAlias = this.stmt(
      `SELECT n.id FROM note_aliases a JOIN notes n ON n.id = a.note_id
       WHERE a.alias_key = ? AND n.deleted_at IS NULL AND (? IS NULL OR n.domain_id = ?) ORDER BY n.domain_id = ? DESC, n.created_at LIMIT 1`,
      true,
    ).get(key, domainFilter ?? null, domainFilter ?? null, sourceDomainId) as string | undefined;
    return byAlias ?? null;
  }

  /**
   * Resolves a parsed link: [[A/B]] is note B in domain A when A is a domain and B is there, else the note
   * titled "A/B" (titles may contain "/").
   */
  resolveLink(sourceDomainId: string, link: { domain: string | null; title: string; path: string }): string | null {
    for (const c of linkCandidates(link)) {
      const found = this.resolve(sourceDomainId, c.domain, c.title);
      if (found) return found;
    }
    return null;
  }

  private readonly statements = new Map<string, Statement>();
  /** Prepared statements are cached: preparing costs more than running on hot paths (bulk import, relink). */
  private stmt(sql: string, pluck = false): Statement {
    const key = `${pluck ? 'p' : 'r'}:${sql}`;
    let s = this.statements.get(key);
    if (!s) this.statements.set(key, (s = pluck ? this.db.prepare(sql).pluck() : this.db.prepare(sql)));
    return s;
  }

  /** Re-derives the outgoing links of one note from its body. */
  relink(id: string): void {
    const row = this.stmt('SELECT body, domain_id FROM notes WHERE id = ?').get(id) as
      | { body: string; domain_id: string }
      | undefined;
    if (!row) return;
    this.stmt('DELETE FROM links WHERE source_id = ?').run(id);
    const insert = this.stmt(
      `INSERT INTO links (source_id, position, target_domain, target_title, target_key, target_id, heading, label)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    parseWikiLinks(row.body).forEach((l, i) => {
      insert.run(id, i, l.domain, l.title, titleKey(l.title), this.resolveLink(row.domain_id, l), l.heading, l.label);
    });
  }

  /**
   * The link keys a note can be reached by: its title and aliases, plus what follows the first "/" in them
   * (links to a title with "/" are stored by the part after it, see parseWikiLinkTarget).
   */
  linkKeys(id: string): string[] {
    const note = this.stmt('SELECT title FROM notes WHERE id = ?').get(id) as { title: string } | undefined;
    if (!note) return [];
    return linkKeysOf([note.title, ...(this.stmt('SELECT alias FROM note_aliases WHERE note_id = ?', true).all(id) as string[])]);
  }

  /** Notes with a link whose key is one of these (resolved or not). */
  sourcesByKeys(keys: string[]): string[] {
    if (keys.length === 0) return [];
    return this.db
      .prepare(`SELECT DISTINCT source_id FROM links WHERE target_key IN (${keys.map(() => '?').join(',')})`)
      .pluck()
      .all(...keys) as string[];
  }

  /** Notes with a link resolved to this note. */
  incomingSources(id: string): string[] {
    return this.stmt('SELECT DISTINCT source_id FROM links WHERE target_id = ?', true).all(id) as string[];
  }

  /**
   * Resolves the given link rows again without re-parsing their notes: a plain [[Title]] row is resolved from its
   * stored title; a row with a domain part ([[A/B]], where "A/B" may be a title) re-derives its note's links.
   */
  private reresolve(where: string, params: unknown[]): void {
    const rows = this.db
      .prepare(
        `SELECT l.source_id, l.position, l.target_domain, l.target_title, l.target_id, n.domain_id FROM links l
         JOIN notes n ON n.id = l.source_id WHERE ${where}`,
      )
      .all(...params) as { source_id: string; position: number; target_domain: string | null; target_title: string; target_id: string | null; domain_id: string }[];
    const update = this.stmt('UPDATE links SET target_id = ? WHERE source_id = ? AND position = ?');
    const relink = new Set<string>();
    for (const r of rows) {
      if (r.target_domain !== null) {
        relink.add(r.source_id);
        continue;
      }
      const target = this.resolve(r.domain_id, null, r.target_title);
      if (target !== r.target_id) update.run(target, r.source_id, r.position);
    }
    for (const source of relink) this.relink(source);
  }

  /** Re-resolves every link that currently reaches this note (after it was trashed, moved, or lost an alias). */
  reresolveIncoming(id: string): void {
    this.reresolve('l.target_id = ?', [id]);
  }

  /**
   * Re-resolves every link that could now reach this note by its title or aliases: links waiting for it, and
   * links that resolved to a same-titled note elsewhere (this one may be in the source's own domain).
   */
  resolvePending(id: string): void {
    const keys = this.linkKeys(id);
    if (keys.length) this.reresolve(`l.target_key IN (${keys.map(() => '?').join(',')})`, keys);
  }

  /** Re-derives every note's links in one set-based pass (same rows as relink on each note). */
  relinkAll(): void {
    relinkEverything(this.db);
  }
}
