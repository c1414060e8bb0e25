// In-memory catalogue of live notes' titles and aliases for quick open and [[ autocomplete, kept current from the change log.
import type { Database, Statement } from 'better-sqlite3';
import type { NoteKind } from '../../common/api/types';
import type { TitleMatch } from '../../common/api/methods/notes';
import { titleKey } from '../../common/wikilink';
import { NoteSource } from '../search/note-source';
import { TitleIndex, type Scored, type TitleEntry } from './title-index';

/** More changed notes than this since the last query: reading everything again is cheaper than one by one. */
const RELOAD_OVER = 5_000;

function entryOf(id: string, title: string, domainId: string, kind: string, aliases: string[]): TitleEntry {
  return { id, title, lower: title.toLowerCase(), domainId, kind: kind as NoteKind, aliases };
}

/**
 * Every live note's id, title, domain, kind and aliases, read on first use and then caught up before each query from
 * the `search_changes` log (filled by triggers on every write, by this process or another one such as the CLI).
 */
export class TitleCatalog {
  private readonly source: NoteSource;
  private readonly entries = new Map<string, TitleEntry>();
  private index: TitleIndex | null = null;
  private seq = -1;
  private readonly allNotes: Statement;
  private readonly allAliases: Statement;
  private readonly domainRows: Statement;
  private readonly recentRows: Statement;
  private readonly recentInDomain: Statement;
  private warming = false;

  constructor(private readonly db: Database) {
    this.source = new NoteSource(db);
    this.allNotes = db.prepare('SELECT id, title, domain_id, kind FROM notes WHERE deleted_at IS NULL').raw();
    this.allAliases = db.prepare('SELECT note_id, alias FROM note_aliases ORDER BY note_id, alias').raw();
    this.domainRows = db.prepare('SELECT id, name, slug FROM domains').raw();
    const recent = 'SELECT id, title, domain_id, kind FROM notes WHERE deleted_at IS NULL';
    this.recentRows = db.prepare(`${recent} ORDER BY updated_at DESC, id DESC LIMIT ?`).raw();
    this.recentInDomain = db.prepare(`${recent} AND domain_id = ? ORDER BY updated_at DESC, id DESC LIMIT ?`).raw();
  }

  /** Number of live notes in the catalogue (after catching up). */
  size(): number {
    this.sync();
    return this.entries.size;
  }

  /**
   * Catches up now if the catalogue is loaded (called on every in-process write): its log position then stays ahead
   * of the search service's pruning, so only writes by other processes can ever force a full reload.
   */
  catchUp(): void {
    if (this.seq >= 0) this.sync();
  }

  /** Catches up with writes: the change log names every note written since the last look. */
  sync(): void {
    const to = this.source.seq();
    if (to === this.seq) return;
    const changed = this.seq < 0 ? null : this.source.changedSince(this.seq, to);
    if (changed === null || changed.length > RELOAD_OVER) this.loadAll();
    else for (const id of changed) this.reload(id);
    this.seq = to;
  }

  private loadAll(): void {
    this.entries.clear();
    const aliases = new Map<string, string[]>();
    for (const [noteId, alias] of this.allAliases.all() as [string, string][]) (aliases.get(noteId) ?? aliases.set(noteId, []).get(noteId)!).push(alias);
    for (const [id, title, domainId, kind] of this.allNotes.all() as [string, string, string, string][]) {
      this.entries.set(id, entryOf(id, title, domainId, kind, aliases.get(id) ?? []));
    }
    this.index = null;
  }

  private reload(id: string): void {
    const doc = this.source.get(id);
    if (doc) {
      const entry = entryOf(doc.id, doc.title, doc.domainId, doc.kind, [...doc.aliases].sort());
      this.entries.set(id, entry);
      this.index?.put(entry);
    } else {
      this.entries.delete(id);
      this.index?.remove(id);
    }
  }

  /** The search index, built on first search and rebuilt when replaced lines outnumber a quarter of the live ones. */
  private searchIndex(): TitleIndex {
    if (!this.index || this.index.deadLines > 1_000 + this.index.lineCount / 4) this.index = new TitleIndex(this.entries.values());
    return this.index;
  }

  private domains(): { names: Map<string, string>; byKey: Map<string, string> } {
    const names = new Map<string, string>();
    const byKey = new Map<string, string>();
    for (const [id, name, slug] of this.domainRows.all() as [string, string, string][]) {
      names.set(id, name);
      byKey.set(titleKey(name), id);
      if (!byKey.has(titleKey(slug))) byKey.set(titleKey(slug), id);
    }
    return { names, byKey };
  }

  /**
   * The best `limit` live notes for a fuzzy query over titles and aliases (a title match wins over an alias match of
   * the same note); an empty query gives the most recently updated notes. `domainId` narrows to one domain.
   */
  query(q: string, limit: number, domainId?: string): TitleMatch[] {
    const { names } = this.domains();
    let rows: Scored[];
    if (q.trim()) {
      this.sync();
      rows = this.searchIndex().search(q, limit, domainId);
    } else {
      rows = this.recent(limit, domainId).map((entry) => ({ entry, score: 0, alias: null, positions: [] }));
      this.warmUp();
    }
    return rows.map((s) => ({
      id: s.entry.id,
      title: s.entry.title,
      domainId: s.entry.domainId,
      domainName: names.get(s.entry.domainId) ?? '',
      kind: s.entry.kind,
      alias: s.alias,
      positions: s.positions,
    }));
  }

  /** Query for [[ autocomplete: "Domain/Rest" searches Rest inside that domain when Domain names one. */
  suggest(q: string, limit: number): TitleMatch[] {
    const slash = q.indexOf('/');
    if (slash > 0 && q.slice(slash + 1).trim()) {
      const domainId = this.domains().byKey.get(titleKey(q.slice(0, slash)));
      if (domainId) return this.query(q.slice(slash + 1), limit, domainId);
    }
    return this.query(q, limit);
  }

  /** The most recently updated live notes, straight from the index on updated_at (no catalogue needed). */
  private recent(limit: number, domainId?: string): TitleEntry[] {
    const rows = (domainId === undefined ? this.recentRows.all(limit) : this.recentInDomain.all(domainId, limit)) as [string, string, string, string][];
    return rows.map(([id, title, rowDomain, kind]) => entryOf(id, title, rowDomain, kind, []));
  }

  /**
   * Quick open shows recent notes first (answered without the catalogue): load the catalogue and its index right
   * after, so the first typed character does not wait for them.
   */
  private warmUp(): void {
    if (this.warming || (this.seq >= 0 && this.index)) return;
    this.warming = true;
    setImmediate(() => {
      this.warming = false;
      try {
        if (!this.db.open) return;
        this.sync();
        this.searchIndex();
      } catch {
        // The next query loads again and reports its own error.
      }
    });
  }
}

const catalogs = new WeakMap<Database, TitleCatalog>();

/** The catalogue of this database connection, created (and loaded) on first use. */
export function titleCatalog(db: Database): TitleCatalog {
  let catalog = catalogs.get(db);
  if (!catalog) catalogs.set(db, (catalog = new TitleCatalog(db)));
  return catalog;
}
