// The FTS5 side of a query: titles and bodies of live notes (notes_fts, migration 005), bm25-ranked and bounded.
import type { Database } from 'better-sqlite3';

/** At most this many body hits per query (best bm25 first): a very common word cannot make a query scan and return everything. */
export const FTS_LIMIT = 200;
/** bm25 column weights: title, body. */
const BM25 = 'bm25(notes_fts, 4.0, 1.0)';

/** One FTS5 term: a quoted token, a prefix (`"tok"*`), or alternatives (`("tok" OR "alt")`). */
export interface FtsTerm {
  token: string;
  prefix: boolean;
  alternatives?: string[];
  /** Every indexed word starting with a prefix token (see expandPrefix): matched as an OR of them instead. */
  expanded?: string[];
}

/** Longest list a prefix is expanded to; wider prefixes stay `"tok"*`. */
export const MAX_PREFIX_EXPANSION = 24;
/** Prefixes this short have their own FTS5 prefix index (migration 005: prefix = '2 3') and are not expanded. */
const INDEXED_PREFIX_LENGTH = 3;

/**
 * The indexed words starting with `prefix`, or null when there are more than MAX_PREFIX_EXPANSION or the prefix
 * has its own prefix index. Why: FTS5 answers `"catal"*` by merging the doclists of every matching word into one
 * list before the first row comes out (10-14 ms for two words in half the notes at 50,000), while an OR of the
 * words is read lazily, newest first, and stops at the scan limit (2-7 ms).
 */
export function expandPrefix(db: Database, prefix: string): string[] | null {
  if (prefix.length <= INDEXED_PREFIX_LENGTH) return null;
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.notes_fts_terms USING fts5vocab(main, 'notes_fts', 'row')");
  const terms = db
    .prepare('SELECT term FROM temp.notes_fts_terms WHERE term >= ? AND term < ? LIMIT ?')
    .pluck()
    .all(prefix, prefix + '\uffff', MAX_PREFIX_EXPANSION + 1) as string[];
  return terms.length > MAX_PREFIX_EXPANSION ? null : terms;
}

const quote = (s: string) => `"${s.replace(/"/gu, '""')}"`;

function termExpr(t: FtsTerm): string {
  if (t.expanded) {
    // No indexed word has the prefix: a term that matches nothing (FTS5 has no literal "false").
    if (t.expanded.length === 0) return quote(t.token);
    const words = [...new Set([...t.expanded, ...(t.alternatives ?? [])])].map(quote);
    return words.length > 1 ? `(${words.join(' OR ')})` : words[0];
  }
  const own = quote(t.token) + (t.prefix ? '*' : '');
  const alts = (t.alternatives ?? []).filter((a) => a !== t.token).map(quote);
  return alts.length ? `(${[own, ...alts].join(' OR ')})` : own;
}

/** The MATCH expression: terms combined with AND or OR, AND the phrases; null when there is nothing to match. */
export function matchExpression(terms: FtsTerm[], phrases: string[][], combineWith: 'AND' | 'OR'): string | null {
  const words = terms.map(termExpr);
  const wordPart = words.length > 1 && combineWith === 'OR' ? `(${words.join(' OR ')})` : words.join(' AND ');
  const phrasePart = phrases.filter((p) => p.length).map((p) => quote(p.join(' ')));
  const parts = [wordPart, ...phrasePart].filter(Boolean);
  return parts.length ? parts.join(' AND ') : null;
}

export interface FtsHit {
  id: string;
  /** bm25: lower is better (negative). */
  bm25: number;
}

/** Matching rows examined per query, newest notes first: bounds the cost of a very common word or short prefix. */
export const FTS_SCAN = 1000;

/**
 * Notes matching `match` that `keep` accepts (live, passing the filters), best bm25 first, at most FTS_LIMIT.
 * Only the FTS_SCAN newest matching notes are examined and ranked (all of them when fewer match): note rows are
 * never read (the rowid map gives the id; filters use the title index's stored fields), so the cost is one
 * doclist walk plus bm25 of at most FTS_SCAN rows, a few ms even for a prefix matching half the notes.
 */
export function ftsSearch(db: Database, match: string, idOf: (rowid: number) => string | undefined, keep: (id: string) => boolean): FtsHit[] {
  const rows = db
    .prepare(`SELECT rowid AS rid, ${BM25} AS bm25 FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid DESC LIMIT ${FTS_SCAN}`)
    .raw()
    .all(match) as [number, number][];
  const out: FtsHit[] = [];
  for (const [rid, bm25] of rows) {
    const id = idOf(rid);
    if (id !== undefined && keep(id)) out.push({ id, bm25 });
  }
  out.sort((a, b) => a.bm25 - b.bm25);
  return out.slice(0, FTS_LIMIT);
}
