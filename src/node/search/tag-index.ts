// Tag side of the search: which notes carry a tag whose words match a query word (exact, prefix or fuzzy).
import { STOP_WORDS } from '../../common/search/stop-words';
import { normaliseTerm, tokenise } from '../../common/search/text';

/**
 * Tags are few and shared by many notes (a tag like "circulation" may sit on thousands): as a MiniSearch field
 * every matching note would be scored and allocated per query word. Here a word is matched against the few
 * distinct tag words, and the notes come from precomputed sets, so a tag hit costs a set union, not a scoring pass.
 */
export class TagIndex {
  /** Lower-cased tag → ids of live notes carrying it. */
  private readonly notesByTag = new Map<string, Set<string>>();
  /** Normalised word of a tag → the tags containing it. */
  private readonly tagsByWord = new Map<string, Set<string>>();
  /** Note id → its lower-cased tags (to undo them on update or removal). */
  private readonly tagsOfNote = new Map<string, readonly string[]>();

  get tagCount(): number {
    return this.notesByTag.size;
  }

  /** Sets a note's tags (an empty list removes the note). */
  set(noteId: string, tags: readonly string[]): void {
    this.remove(noteId);
    const unique = [...new Set(tags.map((t) => t.toLowerCase()))];
    if (unique.length === 0) return;
    this.tagsOfNote.set(noteId, unique);
    for (const tag of unique) {
      let notes = this.notesByTag.get(tag);
      if (!notes) {
        notes = new Set();
        this.notesByTag.set(tag, notes);
        for (const word of tagWords(tag)) {
          let tagsOfWord = this.tagsByWord.get(word);
          if (!tagsOfWord) this.tagsByWord.set(word, (tagsOfWord = new Set()));
          tagsOfWord.add(tag);
        }
      }
      notes.add(noteId);
    }
  }

  remove(noteId: string): void {
    const tags = this.tagsOfNote.get(noteId);
    if (!tags) return;
    this.tagsOfNote.delete(noteId);
    for (const tag of tags) {
      const notes = this.notesByTag.get(tag);
      if (!notes) continue;
      notes.delete(noteId);
      if (notes.size > 0) continue;
      this.notesByTag.delete(tag);
      for (const word of tagWords(tag)) {
        const tagsOfWord = this.tagsByWord.get(word);
        tagsOfWord?.delete(tag);
        if (tagsOfWord?.size === 0) this.tagsByWord.delete(word);
      }
    }
  }

  /**
   * Notes with a tag containing a word that equals `term`, starts with it (`prefix`), or lies within
   * `maxDistance` edits of it; each with 1 for an exact word match and 0.5 for a prefix or fuzzy one.
   */
  match(term: string, prefix: boolean, maxDistance: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const [word, tags] of this.tagsByWord) {
      let weight = 0;
      if (word === term) weight = 1;
      else if (prefix && word.startsWith(term)) weight = 0.5;
      else if (maxDistance > 0 && withinDistance(term, word, maxDistance)) weight = 0.5;
      if (weight === 0) continue;
      for (const tag of tags) {
        for (const id of this.notesByTag.get(tag) ?? []) {
          if ((out.get(id) ?? 0) < weight) out.set(id, weight);
        }
      }
    }
    return out;
  }
}

/** The normalised, non-stop words of a tag (`best-practice/loans` → best, practice, loans). */
function tagWords(tag: string): string[] {
  return tokenise(tag)
    .map(normaliseTerm)
    .filter((w) => !STOP_WORDS.has(w));
}

/** True when the Levenshtein distance between a and b is at most `max` (banded, exits early). */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length] <= max;
}
