// Runs one parsed query against the MiniSearch index: terms (prefix on the last, fuzzy), phrases, filters, snippets.
import MiniSearch from 'minisearch';
import type { Query, SearchResult as MiniResult } from 'minisearch';
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchResult } from '../../common/api/methods/search';
import { parseQuery } from '../../common/search/parse-query';
import { makeSnippet, plainText } from '../../common/search/snippet';
import { normaliseForPhrase, normaliseTerm, tokenise } from '../../common/search/text';
import { FUZZY } from './minisearch-options';
import type { StoredNote } from './minisearch-options';
import type { IndexDoc, NoteSource } from './note-source';
import { buildFilter } from './query-filter';

/** Shortest term that gets fuzzy matching (shorter ones would match half the vocabulary). */
const MIN_FUZZY_LENGTH = 4;
/** Shortest last word expanded as a prefix in all fields; a shorter one alone expands over titles only. */
const MIN_PREFIX_LENGTH = 3;

type Hit = MiniResult & StoredNote;

interface QueryInput {
  q: string;
  offset: number;
  limit: number;
}

const fuzzy = (t: string) => (t.length >= MIN_FUZZY_LENGTH ? FUZZY : false);

/**
 * The MiniSearch query: free words (fuzzy; the last one as a prefix while it is being typed) AND the phrase words.
 * A 1-2 letter word still being typed would expand to thousands of terms: it is left out while other words
 * are there, and alone it is matched as a prefix of title words only.
 */
function termQuery(free: string[], phraseWords: string[], lastOpen: boolean, combineWith: 'AND' | 'OR', fuzzyLast: boolean): Query {
  const queries: Query[] = [];
  const last = free[free.length - 1] ?? '';
  const shortLast = lastOpen && last.length < MIN_PREFIX_LENGTH;
  const head = shortLast ? free.slice(0, -1) : free;
  if (head.length) {
    queries.push({
      queries: [head.join(' ')],
      combineWith,
      prefix: (_t: string, i: number, terms: string[]) => lastOpen && !shortLast && i === terms.length - 1,
      fuzzy: (t: string, i: number, terms: string[]) => (lastOpen && !shortLast && !fuzzyLast && i === terms.length - 1 ? false : fuzzy(t)),
    });
  } else if (shortLast && phraseWords.length === 0) {
    queries.push({ queries: [last], prefix: true, fuzzy: false, fields: ['title'] });
  }
  if (phraseWords.length) queries.push({ queries: [phraseWords.join(' ')], combineWith: 'AND', prefix: false, fuzzy: false });
  return { queries, combineWith };
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

function snippetFor(source: NoteSource, hit: Hit, terms: Set<string>): string {
  const text = source.text(hit.id);
  if (!text) return '';
  const fromBody = terms.size ? makeSnippet(text.body, terms, false) : null;
  if (fromBody !== null) return fromBody;
  const titleMatched = Object.values(hit.match ?? {}).some((fields) => fields.includes('title'));
  if (titleMatched) return makeSnippet(text.title, terms) ?? '';
  return makeSnippet(text.body, new Set()) ?? '';
}

/**
 * Notes passing the filters, for a query without words: a plain pass over the stored fields (MiniSearch's
 * wildcard search would score and sort every note first, ~10x slower at 50,000 notes).
 */
function listByFilter(mini: MiniSearch<IndexDoc>, filter: (n: StoredNote) => boolean): Hit[] {
  const stored = (mini as unknown as { _storedFields?: unknown })._storedFields;
  if (!(stored instanceof Map)) {
    return mini.search(MiniSearch.wildcard, { filter: (r) => filter(r as Hit) }) as Hit[];
  }
  const out: Hit[] = [];
  for (const f of (stored as Map<number, StoredNote>).values()) {
    if (filter(f)) out.push({ ...f, score: 0, terms: [], queryTerms: [], match: {} });
  }
  return out;
}

function byTitle(hits: Hit[]): Hit[] {
  const keyed = hits.map((h) => ({ h, k: h.title.toLowerCase() }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.h.id < b.h.id ? -1 : 1));
  return keyed.map((x) => x.h);
}

export function runQuery(mini: MiniSearch<IndexDoc>, db: Database, source: NoteSource, input: QueryInput): SearchResult {
  const started = performance.now();
  const parsed = parseQuery(input.q);
  const filter = buildFilter(db, parsed.filters);
  const free = parsed.terms.flatMap((t) => tokenise(t));
  const phrases = parsed.phrases.map(normaliseForPhrase);
  const phraseWords = parsed.phrases.flatMap((p) => tokenise(p));
  const searchFilter = filter ? (r: MiniResult) => filter(r as Hit) : undefined;
  let combineWith: 'and' | 'or' = 'and';
  let hits: Hit[];

  if (free.length === 0 && phraseWords.length === 0) {
    hits = filter ? byTitle(listByFilter(mini, filter)) : [];
  } else {
    const lastOpen = parsed.lastTermOpen && free.length > 0;
    // The word still being typed is matched as a prefix; only when that finds nothing is it also matched
    // fuzzily (fuzzy expansion of a half-typed word is the slowest part of a query and rarely helps).
    const run = (mode: 'AND' | 'OR', fuzzyLast: boolean) =>
      mini.search(termQuery(free, phraseWords, lastOpen, mode, fuzzyLast), { filter: searchFilter }) as Hit[];
    hits = run('AND', !lastOpen);
    if (hits.length === 0 && lastOpen) hits = run('AND', true);
    if (hits.length === 0 && free.length + (phraseWords.length ? 1 : 0) > 1) {
      hits = run('OR', true);
      if (hits.length) combineWith = 'or';
    }
    if (phrases.length) hits = hits.filter((h) => hasPhrases(source, h.id, phrases));
  }

  const domains = new Map(
    (db.prepare('SELECT id, name FROM domains').all() as { id: string; name: string }[]).map((d) => [d.id, d.name]),
  );
  const extra = phraseWords.map(normaliseTerm);
  const items: SearchHit[] = hits.slice(input.offset, input.offset + input.limit).map((h) => ({
    id: h.id,
    title: h.title,
    domainId: h.domainId,
    domain: domains.get(h.domainId) ?? '',
    kind: h.kind,
    stage: h.stage,
    score: Number.isFinite(h.score) ? Math.round(h.score * 1000) / 1000 : 0,
    snippet: snippetFor(source, h, new Set([...(h.terms ?? []), ...extra])),
  }));
  return {
    total: hits.length,
    items,
    parsed: { terms: parsed.terms, phrases: parsed.phrases, filters: parsed.filters as Record<string, string[]> },
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    combineWith,
  };
}
