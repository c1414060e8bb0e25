// Fuzzy search over note titles and aliases (VS Code-style ranking) on a Haystack, updated by appending changed notes.
import type { NoteKind } from '../../common/api/types';
import { fuzzyMatch, fuzzyPhrase, phraseScore, scatteredMax } from '../../common/fuzzy';
import { Haystack } from './title-haystack';

/** One live note as the catalogue keeps it. */
export interface TitleEntry {
  id: string;
  title: string;
  /** The title lower-cased (tie-break order). */
  lower: string;
  domainId: string;
  kind: NoteKind;
  aliases: string[];
  /** Number of the last search that found a substring match in this note (the index's own bookkeeping). */
  hit?: number;
}

export interface Scored {
  entry: TitleEntry;
  score: number;
  /** The alias that matched (null: the title). */
  alias: string | null;
  /** Matched characters in the title (empty for alias matches). */
  positions: number[];
}

const NONE: number[] = [];

/** Ranking: score, then lower-cased title, then id, so equal scores list alphabetically and stably. */
function better(a: Scored, b: Scored): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.lower !== b.entry.lower) return a.entry.lower < b.entry.lower;
  return a.entry.id < b.entry.id;
}

/** Keeps the best `limit` rows, best first (insertion into a short sorted array). */
function keepTop(top: Scored[], row: Scored, limit: number): void {
  if (top.length === limit && !better(row, top[limit - 1])) return;
  let i = top.length;
  while (i > 0 && better(row, top[i - 1])) i--;
  top.splice(i, 0, row);
  if (top.length > limit) top.pop();
}

export class TitleIndex {
  private readonly haystack = new Haystack();
  /** Per haystack line: its note (null once replaced or removed) and which alias it is (-1: the title). */
  private readonly owner: (TitleEntry | null)[] = [];
  private readonly aliasOf: number[] = [];
  /** First haystack line of each indexed note. */
  private readonly lineOf = new Map<string, number>();
  private dead = 0;
  private searches = 0;

  constructor(entries: Iterable<TitleEntry>) {
    this.addAll([...entries]);
  }

  /** Lines of removed or replaced notes still in the haystack: the catalogue rebuilds when they pile up. */
  get deadLines(): number {
    return this.dead;
  }

  get lineCount(): number {
    return this.haystack.lineCount;
  }

  private addAll(entries: TitleEntry[]): void {
    const lines: string[] = [];
    let line = this.haystack.lineCount;
    for (const e of entries) {
      this.lineOf.set(e.id, line);
      lines.push(e.lower);
      this.owner.push(e);
      this.aliasOf.push(-1);
      for (let k = 0; k < e.aliases.length; k++) {
        lines.push(e.aliases[k].toLowerCase());
        this.owner.push(e);
        this.aliasOf.push(k);
      }
      line += 1 + e.aliases.length;
    }
    this.haystack.append(lines);
  }

  /** Drops a note's lines from results (they stay in the haystack as dead lines). */
  remove(id: string): void {
    const line = this.lineOf.get(id);
    if (line === undefined) return;
    this.lineOf.delete(id);
    for (let l = line; l < this.owner.length && this.owner[l]?.id === id; l++) {
      this.owner[l] = null;
      this.dead++;
    }
  }

  /** Adds or replaces a note. */
  put(entry: TitleEntry): void {
    this.remove(entry.id);
    this.addAll([entry]);
  }

  /** The best `limit` notes for a non-empty query; substring matches first (cheap), then word-start/run matches. */
  search(q: string, limit: number, domainId?: string): Scored[] {
    const compact = q.trim().toLowerCase().replace(/\s+/g, '');
    const top: Scored[] = [];
    if (!compact) return top;
    const search = ++this.searches;
    // The lines of one note are adjacent: its best line is kept until a line of another note comes.
    let cur: TitleEntry | null = null;
    let curScore = 0;
    let curAlias = -1;
    let curPositions = NONE;
    const flush = () => {
      if (!cur) return;
      const worst = top.length === limit ? top[limit - 1] : null;
      // Most rows lose to the current last one: skip them before allocating anything.
      if (worst && (curScore < worst.score || (curScore === worst.score && cur.lower > worst.entry.lower))) {
        cur = null;
        return;
      }
      const row: Scored = { entry: cur, score: curScore, alias: curAlias < 0 ? null : cur.aliases[curAlias], positions: curPositions };
      keepTop(top, row, limit);
      cur = null;
    };
    const offer = (entry: TitleEntry, k: number, score: number, positions: number[]) => {
      if (cur !== entry) {
        flush();
        cur = entry;
      } else if (score <= curScore) return;
      curScore = score;
      curAlias = k;
      curPositions = positions;
    };
    const live = (line: number): TitleEntry | null => {
      const entry = this.owner[line];
      return entry && (domainId === undefined || entry.domainId === domainId) ? entry : null;
    };
    // An alias ranks just below the same match on a title.
    this.haystack.substringHits(fuzzyPhrase(q), (line, at) => {
      const entry = live(line);
      if (!entry) return;
      entry.hit = search;
      const k = this.aliasOf[line];
      offer(entry, k, k < 0 ? phraseScore(entry.title, at) : phraseScore(entry.aliases[k], at) - 1, NONE);
    });
    flush();
    // Scattered matches ("srn" → Shelving Returns Note) only when they can still make the list.
    if (top.length < limit || top[limit - 1].score <= scatteredMax(compact.length)) {
      this.haystack.subsequenceLines(compact, (line) => {
        const entry = live(line);
        if (!entry || entry.hit === search) return;
        const k = this.aliasOf[line];
        const m = fuzzyMatch(q, k < 0 ? entry.title : entry.aliases[k]);
        if (m) offer(entry, k, k < 0 ? m.score : m.score - 1, k < 0 ? m.positions : NONE);
      });
      flush();
    }
    for (const row of top) if (row.alias === null && row.positions === NONE) row.positions = fuzzyMatch(q, row.entry.title)?.positions ?? [];
    return top;
  }
}
