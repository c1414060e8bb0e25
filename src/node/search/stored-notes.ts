// Every note's stored fields in the title index, read without a search (MiniSearch's wildcard search scores and sorts all).
import MiniSearch from 'minisearch';
import type { IndexDoc } from './note-source';
import type { StoredNote } from './minisearch-options';

/**
 * MiniSearch 7 keeps stored fields in a Map; reading it directly is ~10x faster than a wildcard search at
 * 50,000 notes. Should a later version change that layout, the public (slower) wildcard search is used.
 */
export function storedNotes(mini: MiniSearch<IndexDoc>): Iterable<StoredNote> {
  const stored = (mini as unknown as { _storedFields?: unknown })._storedFields;
  if (stored instanceof Map) return (stored as Map<number, StoredNote>).values();
  return mini.search(MiniSearch.wildcard) as unknown as StoredNote[];
}
