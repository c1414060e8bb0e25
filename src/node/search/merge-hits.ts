// Ranks one query's hits from the three sources (MiniSearch titles/aliases, tag index, FTS5 bodies) in one list.
import type { SearchResult as MiniResult } from 'minisearch';
import type { StoredNote } from './minisearch-options';
import type { FtsHit } from './fts-body';

export type MiniHit = MiniResult & StoredNote;

/** A note in the merged result: its id, combined score and MiniSearch hit (stored fields are read for the page only). */
export interface Merged {
  id: string;
  score: number;
  mini?: MiniHit;
  /** Matched in the title (set by paths that do not keep a MiniSearch hit). */
  titleHit?: boolean;
}

/** Score bands: any title/alias hit ≥ 2, a tag hit without one in [1.25, 1.95], a body-only hit ≤ 0.45. */
const MINI_BASE = 2;
const TAG_BASE = 1;
const TAG_SPAN = 0.5;
const BODY_SPAN = 0.45;

/**
 * Combined score keeping the boost order title > aliases > tags > body: a title or alias hit scores 2 plus its
 * score relative to the best one; a tag hit adds 1 + 0.5 × its weight (1 exact, 0.5 prefix or fuzzy); bm25 adds
 * up to 0.45 relative to the best body hit, so body relevance orders body-only hits and breaks near-ties.
 */
export function mergeHits(miniHits: MiniHit[], tagHits: ReadonlyMap<string, number>, ftsHits: FtsHit[]): Merged[] {
  const out = new Map<string, Merged>();
  const bestMini = miniHits.reduce((m, h) => Math.max(m, h.score), 0) || 1;
  for (const h of miniHits) out.set(h.id, { id: h.id, score: MINI_BASE + h.score / bestMini, mini: h });
  for (const [id, weight] of tagHits) {
    const seen = out.get(id);
    const add = TAG_BASE + TAG_SPAN * weight;
    if (seen) seen.score += add;
    else out.set(id, { id, score: add });
  }
  const bestFts = ftsHits.reduce((m, h) => Math.min(m, h.bm25), 0) || -1;
  for (const f of ftsHits) {
    const add = BODY_SPAN * (f.bm25 / bestFts);
    const seen = out.get(f.id);
    if (seen) seen.score += add;
    else out.set(f.id, { id: f.id, score: add });
  }
  // Stable: equal scores keep MiniSearch's order, then the tags', then bm25's.
  return [...out.values()].sort((a, b) => b.score - a.score);
}

/** Combines per-word tag matches: AND keeps notes matching every word (mean weight), OR any word (sum / words). */
export function combineTagMatches(perWord: ReadonlyMap<string, number>[], mode: 'AND' | 'OR'): Map<string, number> {
  if (perWord.length === 0) return new Map();
  const n = perWord.length;
  if (mode === 'AND') {
    const [smallest, ...rest] = [...perWord].sort((a, b) => a.size - b.size);
    const out = new Map<string, number>();
    for (const [id, w] of smallest) {
      let sum = w;
      let all = true;
      for (const m of rest) {
        const v = m.get(id);
        if (v === undefined) {
          all = false;
          break;
        }
        sum += v;
      }
      if (all) out.set(id, sum / n);
    }
    return out;
  }
  const out = new Map<string, number>();
  for (const m of perWord) for (const [id, w] of m) out.set(id, (out.get(id) ?? 0) + w / n);
  return out;
}
