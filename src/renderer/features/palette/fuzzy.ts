// Fuzzy matching for the palette: subsequence match with a score favouring word starts and runs.
export interface FuzzyMatch {
  score: number;
  /** Indexes of matched characters in the text, for highlighting. */
  positions: number[];
}

const isWordStart = (text: string, i: number) => i === 0 || /[\s:/_\-.(]/.test(text[i - 1]) || (/[a-z]/.test(text[i - 1]) && /[A-Z]/.test(text[i]));

export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return { score: 0, positions: [] };
  const lower = text.toLowerCase();
  // A plain substring match ranks highest.
  const at = lower.indexOf(q);
  if (at >= 0) {
    const positions = Array.from({ length: q.length }, (_, k) => at + k);
    return { score: 1000 - at + (isWordStart(text, at) ? 200 : 0), positions };
  }
  const positions: number[] = [];
  let score = 0;
  let ti = 0;
  let prev = -2;
  for (const ch of q) {
    if (ch === ' ') continue;
    const found = lower.indexOf(ch, ti);
    if (found < 0) return null;
    score += found === prev + 1 ? 8 : 1;
    if (isWordStart(text, found)) score += 6;
    positions.push(found);
    prev = found;
    ti = found + 1;
  }
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
