// Tag suggestions for the graph's tag filter: the tags in use (notes.tags) matched against what is typed.

export type { TagCount } from '../../../common/api/methods/notes';
import type { TagCount } from '../../../common/api/methods/notes';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** What the user typed as a tag: trimmed, without a leading "#". */
export function typedTag(text: string): string {
  return text.trim().replace(/^#+/, '').trim();
}

/**
 * Tags not chosen yet that match the typed text (case- and accent-insensitive): those starting with it first, then
 * those containing it, each group in usage order. An empty text suggests the most used tags.
 */
export function suggestTags(all: readonly TagCount[], text: string, chosen: readonly string[], limit = 8): TagCount[] {
  const q = fold(typedTag(text));
  const taken = new Set(chosen);
  const starts: TagCount[] = [];
  const contains: TagCount[] = [];
  for (const t of all) {
    if (taken.has(t.tag)) continue;
    const name = fold(t.tag);
    if (name.startsWith(q)) starts.push(t);
    else if (name.includes(q)) contains.push(t);
  }
  return [...starts, ...contains].slice(0, limit);
}
