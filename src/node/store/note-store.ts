// Notes with tags, authors and aliases; outgoing wikilinks are derived from the body on every write.
import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../common/errors';
import type { Note, NoteKind, NoteSummary, SharingStage } from '../../common/api/types';
import { parseWikiLinks, titleKey } from '../../common/wikilink';

interface NoteRow {
  id: string;
  title: string;
  domain_id: string;
  kind: NoteKind;
  stage: SharingStage;
  lang: string;
  body: string;
  created_at: string;
  updated_at: string;
  tags: string | null;
}

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
    const where = domainId ? 'WHERE n.domain_id = ?' : '';
    const params = domainId ? [domainId] : [];
    const rows = this.db
      .prepare(`SELECT n.id, n.title, n.domain_id, n.kind, n.stage, n.lang, n.updated_at FROM notes n ${where} ORDER BY n.title COLLATE NOCASE`)
      .all(...params) as NoteRow[];
    const tags = new Map<string, string[]>();
    const tagRows = this.db
      .prepare(`SELECT t.note_id, t.tag FROM note_tags t JOIN notes n ON n.id = t.note_id ${where} ORDER BY t.tag`)
      .all(...params) as { note_id: string; tag: string }[];
    for (const t of tagRows) (tags.get(t.note_id) ?? tags.set(t.note_id, []).get(t.note_id)!).push(t.tag);
    return rows.map((r) => ({ ...toSummary(r), tags: tags.get(r.id) ?? [] }));
  }

  get(id: string): Note {
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
    return { ...toSummary(r), body: r.body, aliases, authorIds, createdAt: r.created_at, links };
  }

  private assertTitleFree(domainId: string, title: string, exceptId?: string): void {
    const clash = this.stmt('SELECT id FROM notes WHERE domain_id = ? AND title_key = ? AND id IS NOT ?').get(domainId, titleKey(title), exceptId ?? null);
    if (clash) throw new AppError('CONFLICT', `A note titled "${title}" already exists in this domain`);
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

  /** Resolves a link target: same domain first, then anywhere; titles win over aliases. */
  resolve(sourceDomainId: string, domainName: string | null, target: string): string | null {
    const key = titleKey(target);
    const domainFilter = domainName
      ? (this.db
          .prepare('SELECT id FROM domains WHERE name = ? COLLATE NOCASE OR slug = ? COLLATE NOCASE')
          .pluck()
          .get(domainName, domainName) as string | undefined)
      : undefined;
    if (domainName && !domainFilter) return null;
    const byTitle = this.stmt(
      'SELECT id FROM notes WHERE title_key = ? AND (? IS NULL OR domain_id = ?) ORDER BY domain_id = ? DESC, created_at LIMIT 1',
      true,
    ).get(key, domainFilter ?? null, domainFilter ?? null, sourceDomainId) as string | undefined;
    if (byTitle) return byTitle;
    const byAlias = this.stmt(
      `SELECT n.id FROM note_aliases a JOIN notes n ON n.id = a.note_id
       WHERE a.alias_key = ? AND (? IS NULL OR n.domain_id = ?) ORDER BY n.domain_id = ? DESC, n.created_at LIMIT 1`,
      true,
    ).get(key, domainFilter ?? null, domainFilter ?? null, sourceDomainId) as string | undefined;
    return byAlias ?? null;
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
      insert.run(id, i, l.domain, l.title, titleKey(l.title), this.resolve(row.domain_id, l.domain, l.title), l.heading, l.label);
    });
  }

  /** Resolves links that were waiting for a note with this title or alias. */
  resolvePending(id: string): void {
    const note = this.db.prepare('SELECT title_key FROM notes WHERE id = ?').get(id) as { title_key: string } | undefined;
    if (!note) return;
    const keys = [note.title_key, ...(this.db.prepare('SELECT alias_key FROM note_aliases WHERE note_id = ?').pluck().all(id) as string[])];
    const pending = this.db
      .prepare(`SELECT DISTINCT source_id FROM links WHERE target_id IS NULL AND target_key IN (${keys.map(() => '?').join(',')})`)
      .pluck()
      .all(...keys) as string[];
    for (const source of pending) this.relink(source);
  }

  relinkAll(): void {
    for (const id of this.db.prepare('SELECT id FROM notes').pluck().all() as string[]) this.relink(id);
  }
}
