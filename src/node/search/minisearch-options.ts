// MiniSearch configuration of the title index (titles and aliases; tags in tag-index.ts, bodies in FTS5): fields, stored fields, tokenizer, boosts.
import type { Options } from 'minisearch';
import { STOP_WORDS } from '../../common/search/stop-words';
import { normaliseTerm, tokenise } from '../../common/search/text';
import type { IndexDoc } from './note-source';

/**
 * Field boosts: a title hit outranks an alias hit. Tag hits (tag-index.ts) rank below both and body hits (FTS5)
 * below all: see `merge` in run-query.ts.
 */
export const FIELD_BOOSTS = { title: 6, aliases: 4 } as const;
/** The MiniSearch fields. */
export const INDEX_FIELDS = ['title', 'aliases'];
export const FUZZY = 0.2;
/** Shortest term that gets fuzzy matching (shorter ones would match half the vocabulary). */
export const MIN_FUZZY_LENGTH = 4;

/** Edits allowed for a fuzzy match of `term`, as MiniSearch computes it for FUZZY (0 below MIN_FUZZY_LENGTH). */
export function fuzzyDistance(term: string): number {
  return term.length >= MIN_FUZZY_LENGTH ? Math.min(6, Math.round(term.length * FUZZY)) : 0;
}

/** What the index keeps per note for filtering and display (the body stays in SQLite). */
export interface StoredNote {
  id: string;
  title: string;
  domainId: string;
  kind: string;
  stage: string;
  /** Lower-cased tags. */
  tags: string[];
  authorIds: string[];
}

export const INDEX_OPTIONS: Options<IndexDoc> = {
  idField: 'id',
  fields: INDEX_FIELDS,
  storeFields: ['id', 'title', 'domainId', 'kind', 'stage', 'tags', 'authorIds'],
  extractField: (doc, field) => {
    const v = (doc as unknown as Record<string, unknown>)[field];
    if (field === 'tags') return (v as string[]).map((t) => t.toLowerCase());
    if (field === 'aliases') return (v as string[]).join(' ');
    return v as string;
  },
  tokenize: (text) => tokenise(Array.isArray(text) ? (text as string[]).join(' ') : text),
  // Stop words are dropped from notes and queries alike: they match nearly every note and bloat the index.
  processTerm: (term) => {
    const t = normaliseTerm(term);
    return STOP_WORDS.has(t) ? null : t;
  },
  searchOptions: { boost: { ...FIELD_BOOSTS }, fuzzy: FUZZY },
  autoVacuum: { minDirtCount: 100, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
};
