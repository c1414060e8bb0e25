// Fast path for a 1-2 letter word typed alone: every title with a word starting with it, ranked without scoring.
import type MiniSearch from 'minisearch';
import { normaliseTerm } from '../../common/search/text';
import type { StoredNote } from './minisearch-options';
import type { Merged } from './merge-hits';
import type { IndexDoc } from './note-source';

/**
 * A two-letter prefix can match thousands of titles; MiniSearch would compute and allocate a BM25 result for
 * each. Here its `boostDocument` hook only collects the matching notes (returning 0 skips the scoring), and they
 * are ranked the way a quick-open list reads best: titles starting with the prefix, then shorter titles, then A–Z.
 */
export function titlePrefixHits(mini: MiniSearch<IndexDoc>, prefix: string, filter: ((n: StoredNote) => boolean) | null): Merged[] {
  const found = new Map<string, StoredNote>();
  mini.search(prefix, {
    fields: ['title'],
    prefix: true,
    fuzzy: false,
    boostDocument: (id, _term, stored) => {
      if (stored && !found.has(id as string)) found.set(id as string, stored as unknown as StoredNote);
      return 0;
    },
  });
  const p = normaliseTerm(prefix);
  const ranked: { id: string; starts: number; key: string }[] = [];
  for (const [id, stored] of found) {
    if (filter && !filter(stored)) continue;
    const key = normaliseTerm(stored.title);
    ranked.push({ id, starts: key.startsWith(p) ? 0 : 1, key });
  }
  ranked.sort((a, b) => a.starts - b.starts || a.key.length - b.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return ranked.map((r, i) => ({ id: r.id, score: ranked.length - i, titleHit: true }));
}
