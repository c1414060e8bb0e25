// Parses a search query into free terms, "quoted phrases" and key:value filters; pure, never throws.

export const FILTER_KEYS = ['domain', 'tag', 'kind', 'stage', 'author'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ParsedQuery {
  /** Free words, in order (unknown `foo:bar` stays a word). */
  terms: string[];
  /** Quoted phrases, whitespace-normalised. */
  phrases: string[];
  /** Filter values per key (same key: OR; different keys: AND); only keys present in the query. */
  filters: Partial<Record<FilterKey, string[]>>;
  /** True when the query ends inside the last free term (no trailing space), so it may still be typed. */
  lastTermOpen: boolean;
}

const FILTER_SET = new Set<string>(FILTER_KEYS);

function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

/** Reads a double-quoted string starting at `start` (the opening quote); unterminated quotes run to the end. */
function readQuoted(q: string, start: number): { value: string; end: number } {
  const close = q.indexOf('"', start + 1);
  if (close < 0) return { value: q.slice(start + 1), end: q.length };
  return { value: q.slice(start + 1, close), end: close + 1 };
}

function readWord(q: string, start: number): { value: string; end: number } {
  let i = start;
  while (i < q.length && !isSpace(q[i])) i++;
  return { value: q.slice(start, i), end: i };
}

function normaliseSpaces(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

export function parseQuery(input: string): ParsedQuery {
  const q = typeof input === 'string' ? input : '';
  const out: ParsedQuery = { terms: [], phrases: [], filters: {}, lastTermOpen: false };
  let i = 0;
  while (i < q.length) {
    if (isSpace(q[i])) {
      i++;
      continue;
    }
    if (q[i] === '"') {
      const { value, end } = readQuoted(q, i);
      const phrase = normaliseSpaces(value);
      if (phrase) out.phrases.push(phrase);
      out.lastTermOpen = false;
      i = end;
      continue;
    }
    const filter = /^([A-Za-z]+):/.exec(q.slice(i, i + 12));
    if (filter && FILTER_SET.has(filter[1].toLowerCase())) {
      const key = filter[1].toLowerCase() as FilterKey;
      const valueStart = i + filter[0].length;
      const { value, end } = q[valueStart] === '"' ? readQuoted(q, valueStart) : readWord(q, valueStart);
      const v = normaliseSpaces(value);
      if (v) (out.filters[key] ??= []).push(v);
      out.lastTermOpen = false;
      i = end;
      continue;
    }
    const { value, end } = readWord(q, i);
    out.terms.push(value);
    out.lastTermOpen = end === q.length;
    i = end;
  }
  return out;
}
