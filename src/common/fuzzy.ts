// Fuzzy matching shared by the palette and the server's title catalogue: characters continue a run or start a word ("tsb" → Toggle Side Bar).
export interface FuzzyMatch {
  score: number;
  /** Indexes of matched characters in the text, for highlighting. */
  positions: number[];
}

/** Whether text[i] starts a word: the first character, after a space or separator, or a camelCase hump. */
export const isWordStart = (text: string, i: number) =>
  i === 0 || /[\s:/_\-.(“"'[]/.test(text[i - 1]) || (/[a-z]/.test(text[i - 1]) && /[A-Z]/.test(text[i]));

/** Finds positions for q[qi..] in text from ti on, each character either right after the last one or at a word start. */
function align(q: string, lower: string, text: string, qi: number, ti: number, prev: number, dead: Set<number>): number[] | null {
  if (qi === q.length) return [];
  const key = qi * 10_000 + ti;
  if (dead.has(key)) return null;
  for (let i = lower.indexOf(q[qi], ti); i >= 0; i = lower.indexOf(q[qi], i + 1)) {
    if (i !== prev + 1 && !isWordStart(text, i)) continue;
    const rest = align(q, lower, text, qi + 1, i + 1, i, dead);
    if (rest) return [i, ...rest];
  }
  dead.add(key);
  return null;
}

/** The query as a phrase: a text containing it (lower-cased) is a substring match, which ranks highest. */
export const fuzzyPhrase = (query: string) => query.trim().toLowerCase().replace(/\s+/g, ' ');

/** Score of a substring match at `at` (what fuzzyMatch gives it); above 800 when it starts in the first 200 characters. */
export const phraseScore = (text: string, at: number) => 1000 - at + (isWordStart(text, at) ? 200 : 0);

/** Upper bound of the score of a non-substring match of a query with `length` characters (no spaces). */
export const scatteredMax = (length: number) => 14 * length;

export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return { score: 0, positions: [] };
  const lower = text.toLowerCase();
  // A plain substring match (spaces kept) ranks highest.
  const phrase = fuzzyPhrase(query);
  const at = lower.indexOf(phrase);
  if (at >= 0) {
    const positions = Array.from({ length: phrase.length }, (_, k) => at + k).filter((p) => text[p] !== ' ');
    return { score: phraseScore(text, at), positions };
  }
  const positions = align(q, lower, text, 0, 0, -2, new Set());
  if (!positions) return null;
  let score = 0;
  positions.forEach((p, k) => {
    score += k > 0 && p === positions[k - 1] + 1 ? 8 : 0;
    score += isWordStart(text, p) ? 6 : 0;
  });
  return { score: score - positions[0] * 0.1, positions };
}

/** Filters and sorts items by fuzzy score; stable for equal scores. */
export function fuzzyFilter<T>(items: T[], query: string, text: (item: T) => string): { item: T; match: FuzzyMatch }[] {
  const out: { item: T; match: FuzzyMatch; index: number }[] = [];
  items.forEach((item, index) => {
    const match = fuzzyMatch(query, text(item));
    if (match) out.push({ item, match, index });
  });
  if (query.trim()) out.sort((a, b) => b.match.score - a.match.score || a.index - b.index);
  return out.map(({ item, match }) => ({ item, match }));
}
