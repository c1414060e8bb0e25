// Runs one query: MiniSearch over titles/aliases (prefix, fuzzy), the tag index and FTS5 over titles and bodies, merged by note.
import type MiniSearch from 'minisearch';
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchResult } from '../../common/api/methods/search';
import { parseQuery } from '../../common/search/parse-query';
import { makeSnippet, plainText } from '../../common/search/snippet';
import { normaliseForPhrase, normaliseTerm, tokenise } from '../../common/search/text';
import { FUZZY, MIN_FUZZY_LENGTH } from './minisearch-options';
import type { StoredNote } from './minisearch-options';
import { mergeHits } from './merge-hits';
import { metaHits } from './meta-hits';
import type { WordSpec } from './meta-hits';
import type { Merged, MiniHit } from './merge-hits';
import type { TagIndex } from './tag-index';
import { titlePrefixHits } from './title-prefix';
import { storedNotes } from './stored-notes';
import type { IndexDoc, NoteSource } from './note-source';
import { buildFilter } from './query-filter';
import type { RowidMap } from './rowid-map';
import { expandPrefix, ftsSearch, matchExpression } from './fts-body';
import type { FtsHit, FtsTerm } from './fts-body';
import { STOP_WORDS } from '../../common/search/stop-words';

/** Shortest last word expanded as a prefix in all fields; a shorter one alone expands over titles only. */
const MIN_PREFIX_LENGTH = 3;

type Hit = MiniHit;

/** What a query reads: the title index, the tag index, the database (FTS5, domains), note texts and the rowid map. */
export interface QueryContext {
  mini: MiniSearch<IndexDoc>;
  tags: TagIndex;
  db: Database;
  source: NoteSource;
  rowids: RowidMap;
}

interface QueryInput {
  q: string;
  offset: number;
  limit: number;
}

const fuzzy = (t: string) => (t.length >= MIN_FUZZY_LENGTH ? FUZZY : false);

/**
 * The words for titles, aliases and tags: free words (fuzzy; the last one as a prefix while it is being typed,
 * fuzzy then only with `fuzzyLast`) and the phrase words (exact). Stop words are left out (the index drops
 * them), and so is a 1-2 letter word still being typed after other words: it would expand to thousands of terms.
 */
function wordSpecs(free: string[], phraseWords: string[], lastOpen: boolean, fuzzyLast: boolean): WordSpec[] {
  const out: WordSpec[] = [];
  free.forEach((term, i) => {
    const norm = normaliseTerm(term);
    const open = lastOpen && i === free.length - 1;
    if (STOP_WORDS.has(norm) || (open && norm.length < MIN_PREFIX_LENGTH)) return;
    out.push({ term, norm, prefix: open, fuzzy: open && !fuzzyLast ? false : fuzzy(norm) });
  });
  for (const w of phraseWords) if (!STOP_WORDS.has(w)) out.push({ term: w, norm: w, prefix: false, fuzzy: false });
  return out;
}

function hasPhrases(source: NoteSource, id: string, phrases: string[]): boolean {
  const text = source.text(id);
  if (!text) return false;
  const title = normaliseForPhrase(text.title);
  let body: string | null = null;
  let plain: string | null = null;
  // Raw body first (cheap); the flattened Markdown only when markup might split the phrase.
  return phrases.every(
    (p) =>
      title.includes(p) ||
      (body ??= normaliseForPhrase(text.body)).includes(p) ||
      (plain ??= normaliseForPhrase(plainText(text.body))).includes(p),
  );
}

/** Body excerpt around the first matched word (or word starting with the typed prefix), else the title, else the body start. */
function snippetFor(source: NoteSource, hit: Merged, terms: Set<string>, prefixes: string[]): string {
  const text = source.text(hit.id);
  if (!text) return '';
  const fromBody = terms.size || prefixes.length ? makeSnippet(text.body, terms, false, undefined, prefixes) : null;
  if (fromBody !== null) return fromBody;
  const titleMatched = hit.titleHit === true || Object.values(hit.mini?.match ?? {}).some((fields) => fields.includes('title'));
  if (titleMatched) return makeSnippet(text.title, terms, true, undefined, prefixes) ?? '';
  return makeSnippet(text.body, new Set()) ?? '';
}

/**
 * Notes passing the filters, for a query without words: a plain pass over the stored fields (MiniSearch's
 * wildcard search would score and sort every note first, ~10x slower at 50,000 notes).
 */
function listByFilter(mini: MiniSearch<IndexDoc>, filter: (n: StoredNote) => boolean): Hit[] {
  const out: Hit[] = [];
  for (const f of storedNotes(mini)) {
    if (filter(f)) out.push({ ...f, score: 0, terms: [], queryTerms: [], match: {} });
  }
  return out;
}

function byTitle(hits: Hit[]): Hit[] {
  const keyed = hits.map((h) => ({ h, k: h.title.toLowerCase() }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.h.id < b.h.id ? -1 : 1));
  return keyed.map((x) => x.h);
}

/** Title-index words close to `term` (fuzzy), used to widen a body query that found nothing. */
function fuzzyVocabulary(mini: MiniSearch<IndexDoc>, term: string): string[] {
  const found = new Set<string>();
  for (const r of mini.search(term, { fuzzy: FUZZY, prefix: false })) for (const t of r.terms) found.add(t);
  return [...found].slice(0, 16);
}

/**
 * FTS5 terms of the free words: stop words are left out (as in the title index), the word being typed is a
 * prefix from 3 letters (as the indexed words it expands to, when few) and is left out below that; with
 * `expand`, words of 4+ letters also match close title-index words (fuzzy bodies through the title vocabulary).
 */
function ftsTerms(mini: MiniSearch<IndexDoc>, db: Database, free: string[], lastOpen: boolean, expand: boolean): FtsTerm[] {
  const out: FtsTerm[] = [];
  free.forEach((raw, i) => {
    const token = normaliseTerm(raw);
    const open = lastOpen && i === free.length - 1;
    if (STOP_WORDS.has(token) && !open) return;
    if (open && token.length < MIN_PREFIX_LENGTH) return;
    const alternatives = expand && token.length >= MIN_FUZZY_LENGTH ? fuzzyVocabulary(mini, token) : undefined;
    out.push({ token, prefix: open, alternatives, expanded: open ? (expandPrefix(db, token) ?? undefined) : undefined });
  });
  return out;
}

export function runQuery(ctx: QueryContext, input: QueryInput): SearchResult {
  const { mini, db, source, rowids } = ctx;
  const started = performance.now();
  const parsed = parseQuery(input.q);
  const filter = buildFilter(db, parsed.filters);
  let free = parsed.terms.flatMap((t) => tokenise(t));
  let lastTermOpen = parsed.lastTermOpen;
  // A 1-letter word still being typed is ignored: as a prefix it would expand to a large part of the vocabulary.
  if (lastTermOpen && free.length > 0 && free[free.length - 1].length < 2) {
    free = free.slice(0, -1);
    lastTermOpen = false;
  }
  const phrases = parsed.phrases.map(normaliseForPhrase);
  const phraseTokens = parsed.phrases.map((p) => tokenise(p).map(normaliseTerm));
  const phraseWords = phraseTokens.flat();
  let combineWith: 'and' | 'or' = 'and';
  let hits: Merged[];
  let prefixes: string[] = [];
  let expansions: string[] = [];

  if (free.length === 0 && phraseWords.length === 0) {
    hits = filter ? byTitle(listByFilter(mini, filter)).map((h) => ({ id: h.id, score: 0, mini: h })) : [];
  } else if (lastTermOpen && free.length === 1 && free[0].length < MIN_PREFIX_LENGTH && phraseWords.length === 0) {
    // A 1-2 letter word typed alone only looks at titles: a body or tag prefix that short matches everything.
    prefixes = [normaliseTerm(free[0])];
    hits = titlePrefixHits(mini, free[0], filter);
  } else {
    const lastOpen = lastTermOpen && free.length > 0;
    // Tag and body hits must be live notes passing the filters: checked on the title index's stored fields (every live note is there).
    const keep = (id: string) => {
      const stored = mini.getStoredFields(id) as StoredNote | undefined;
      return stored !== undefined && (!filter || filter(stored));
    };
    const runMeta = (mode: 'AND' | 'OR', fuzzyLast: boolean) => {
      const found = metaHits(mini, ctx.tags, wordSpecs(free, phraseWords, lastOpen, fuzzyLast), mode, filter);
      if (phrases.length) {
        found.miniHits = found.miniHits.filter((h) => hasPhrases(source, h.id, phrases));
        for (const id of found.tagged.keys()) if (!hasPhrases(source, id, phrases)) found.tagged.delete(id);
      }
      return found;
    };
    const runFts = (mode: 'AND' | 'OR', expand: boolean): FtsHit[] => {
      const terms = ftsTerms(mini, db, free, lastOpen, expand);
      const m = matchExpression(terms, phraseTokens, mode);
      if (m === null) return [];
      prefixes = terms.filter((t) => t.prefix).map((t) => t.token);
      expansions = terms.flatMap((t) => t.alternatives ?? []);
      return ftsSearch(db, m, (rid) => rowids.get(rid), keep);
    };
    // The word still being typed is a prefix; only when nothing matches is it (and every word) also tried fuzzily
    // (fuzzy expansion of a half-typed word is the slowest part of a query and rarely helps).
    let meta = runMeta('AND', !lastOpen);
    let ftsHits = runFts('AND', false);
    const none = () => meta.miniHits.length === 0 && meta.tagged.size === 0 && ftsHits.length === 0;
    if (none()) {
      if (lastOpen) meta = runMeta('AND', true);
      // Fuzzy bodies (through the title vocabulary) only when no title, alias or tag matched either.
      if (meta.miniHits.length === 0 && meta.tagged.size === 0) ftsHits = runFts('AND', true);
    }
    if (none() && free.length + (phraseWords.length ? 1 : 0) > 1) {
      meta = runMeta('OR', true);
      ftsHits = runFts('OR', false);
      if (!none()) combineWith = 'or';
    }
    hits = mergeHits(meta.miniHits, meta.tagged, ftsHits);
  }

  const domains = new Map(
    (db.prepare('SELECT id, name FROM domains').all() as { id: string; name: string }[]).map((d) => [d.id, d.name]),
  );
  const queryWords = [...free.map(normaliseTerm), ...phraseWords, ...expansions].filter((w) => !STOP_WORDS.has(w));
  const items: SearchHit[] = [];
  for (const h of hits.slice(input.offset, input.offset + input.limit)) {
    const s = h.mini ?? (mini.getStoredFields(h.id) as StoredNote | undefined);
    if (!s) continue;
    items.push({
      id: h.id,
      title: s.title,
      domainId: s.domainId,
      domain: domains.get(s.domainId) ?? '',
      kind: s.kind,
      stage: s.stage,
      score: Number.isFinite(h.score) ? Math.round(h.score * 1000) / 1000 : 0,
      snippet: snippetFor(source, h, new Set([...(h.mini?.terms ?? []), ...queryWords]), prefixes),
    });
  }
  return {
    total: hits.length,
    items,
    parsed: { terms: parsed.terms, phrases: parsed.phrases, filters: parsed.filters as Record<string, string[]> },
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    combineWith,
  };
}
