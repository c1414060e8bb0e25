// Title/alias hits (MiniSearch) and tag hits of a query's words, where with AND each word may match in either.
import type MiniSearch from 'minisearch';
import type { Query, SearchResult as MiniResult } from 'minisearch';
import { combineTagMatches } from './merge-hits';
import type { MiniHit } from './merge-hits';
import { fuzzyDistance } from './minisearch-options';
import type { StoredNote } from './minisearch-options';
import type { IndexDoc } from './note-source';
import type { TagIndex } from './tag-index';

/** One query word: as typed (MiniSearch normalises it), normalised (for tags), and how it may match. */
export interface WordSpec {
  term: string;
  norm: string;
  prefix: boolean;
  /** MiniSearch's fuzzy fraction, or false. */
  fuzzy: number | false;
}

export interface MetaHits {
  miniHits: MiniHit[];
  /** Note id → tag weight in (0, 1] (mean over the words, 1 exact, 0.5 prefix or fuzzy). */
  tagged: Map<string, number>;
}

const wordQuery = (w: WordSpec): Query => ({ queries: [w.term], prefix: w.prefix, fuzzy: w.fuzzy });

/** Ids of notes whose title or alias matches the word, collected without scoring (`boostDocument` 0 skips it). */
function miniIds(mini: MiniSearch<IndexDoc>, w: WordSpec): Set<string> {
  const ids = new Set<string>();
  mini.search(wordQuery(w), {
    boostDocument: (id) => {
      ids.add(id as string);
      return 0;
    },
  });
  return ids;
}

/**
 * Searches titles and aliases with MiniSearch and tags with the tag index. With OR, or when no word matches a
 * tag, it is one MiniSearch query plus the tag matches. With AND and tag matches, a note qualifies when every
 * word matches its title, an alias or a tag ("circulation loans" finds a note tagged circulation titled
 * "Loans"): the candidates are collected per word without scoring, then only they are scored.
 */
export function metaHits(
  mini: MiniSearch<IndexDoc>,
  tags: TagIndex,
  words: WordSpec[],
  mode: 'AND' | 'OR',
  filter: ((n: StoredNote) => boolean) | null,
): MetaHits {
  if (words.length === 0) return { miniHits: [], tagged: new Map() };
  const searchFilter = filter ? (r: MiniResult) => filter(r as MiniHit) : undefined;
  const keep = (id: string) => {
    if (!filter) return true;
    const stored = mini.getStoredFields(id) as StoredNote | undefined;
    return stored !== undefined && filter(stored);
  };
  const perWordTags = words.map((w) => tags.match(w.norm, w.prefix, w.fuzzy === false ? 0 : fuzzyDistance(w.norm)));
  const query: Query = { queries: words.map(wordQuery), combineWith: mode };
  const mixed = mode === 'AND' && words.length > 1 && perWordTags.some((m) => m.size > 0);
  if (!mixed) {
    const tagged = combineTagMatches(perWordTags, mode);
    for (const id of tagged.keys()) if (!keep(id)) tagged.delete(id);
    return { miniHits: mini.search(query, { filter: searchFilter }) as MiniHit[], tagged };
  }
  const perWordMini = words.map((w) => miniIds(mini, w));
  let candidates: Set<string> | null = null;
  words.forEach((_, i) => {
    const either = new Set<string>([...perWordMini[i], ...perWordTags[i].keys()]);
    candidates = candidates === null ? either : new Set([...candidates].filter((id) => either.has(id)));
  });
  const chosen = candidates ?? new Set<string>();
  const miniHits = mini.search(
    { queries: words.map(wordQuery), combineWith: 'OR' },
    { filter: searchFilter, boostDocument: (id) => (chosen.has(id as string) ? 1 : 0) },
  ) as MiniHit[];
  const tagged = new Map<string, number>();
  for (const id of chosen) {
    if (!keep(id)) continue;
    const weight = perWordTags.reduce((sum, m) => sum + (m.get(id) ?? 0), 0) / words.length;
    if (weight > 0) tagged.set(id, weight);
  }
  return { miniHits, tagged };
}
