// Term normalisation shared by the index and snippets: lower case, accents folded (café → cafe).

const COMBINING_MARKS = /[\u0300-\u036f]/gu;

const PLAIN_ASCII = /^[\x00-\x7f]*$/u;

/** Normalises one word the way the index stores it. */
export function normaliseTerm(term: string): string {
  const lower = term.toLowerCase();
  // Fast path: most words are plain ASCII and need no accent folding (this runs for every token indexed).
  if (PLAIN_ASCII.test(lower)) return lower;
  return lower.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** Word characters: letters, marks and digits of any script. */
export const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

/** Splits text into words (anything that is not a letter, mark or digit separates words). */
export function tokenise(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Lower-cased, whitespace-collapsed text, for phrase matching. */
export function normaliseForPhrase(text: string): string {
  return normaliseTerm(text).replace(/\s+/gu, ' ');
}
