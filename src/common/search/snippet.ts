// Builds a one-line excerpt (~160 chars) around the first matched word, wrapping matched words in « and ».
import { normaliseTerm, WORD_RE } from './text';

export const SNIPPET_LENGTH = 160;
export const MARK_OPEN = '«';
export const MARK_CLOSE = '»';

/** Turns Markdown into plain single-line text: wikilinks to their label, markup characters dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[\[([^\]|#]*)(?:[#|][^\]]*)?\]\]/gu, '$1')
    .replace(/\[\[([^\]|]*?)(?:#[^\]|]*)?\|([^\]]*)\]\]/gu, '$2')
    .replace(/\[\[([^\]]*)\]\]/gu, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gmu, '')
    .replace(/[*_`~]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

interface WordSpan {
  start: number;
  end: number;
  hit: boolean;
}

function wordSpans(text: string, isHit: (word: string) => boolean, limit = Infinity): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index ?? 0;
    spans.push({ start, end: start + m[0].length, hit: isHit(normaliseTerm(m[0])) });
    if (spans.length >= limit) break;
  }
  return spans;
}

/** Raw characters kept on each side of the first match before flattening (snippets never need the whole body). */
const RAW_BEFORE = 240;
const RAW_AFTER = 480;

/**
 * Excerpt of `text` around the first word whose normalised form is in `terms`; null when no word matches
 * (and `fallback` is false), otherwise the start of the text without markers.
 */
export function makeSnippet(
  text: string,
  terms: ReadonlySet<string>,
  fallback = true,
  length = SNIPPET_LENGTH,
  /** Normalised prefixes: any word starting with one is a match too (the word still being typed). */
  prefixes: readonly string[] = [],
): string | null {
  const isHit = prefixes.length ? (w: string) => terms.has(w) || prefixes.some((p) => w.startsWith(p)) : (w: string) => terms.has(w);
  const rawHit = terms.size > 0 || prefixes.length > 0 ? findFirstHit(text, isHit, terms, prefixes) : -1;
  if (rawHit < 0 && !fallback) return null;
  const rawFrom = rawHit < 0 ? 0 : Math.max(0, rawHit - RAW_BEFORE);
  const rawTo = Math.min(text.length, (rawHit < 0 ? 0 : rawHit) + RAW_AFTER);
  const plain = plainText(text.slice(rawFrom, rawTo));
  const first = rawHit < 0 ? -1 : findFirstHit(plain, isHit);
  let from = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  if (from > 0) {
    const space = plain.lastIndexOf(' ', from);
    from = space >= 0 && first - space < length ? space + 1 : from;
  }
  let to = Math.min(plain.length, from + length);
  if (to < plain.length) {
    const space = plain.lastIndexOf(' ', to);
    if (space > from + length / 2) to = space;
  }
  const window = plain.slice(from, to);
  let out = '';
  let pos = 0;
  for (const s of wordSpans(window, isHit)) {
    if (!s.hit) continue;
    out += window.slice(pos, s.start) + MARK_OPEN + window.slice(s.start, s.end) + MARK_CLOSE;
    pos = s.end;
  }
  out += window.slice(pos);
  const clippedStart = from > 0 || rawFrom > 0;
  const clippedEnd = to < plain.length || rawTo < text.length;
  return (clippedStart ? '…' : '') + out + (clippedEnd ? '…' : '');
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/u;
const isBoundary = (text: string, i: number) => i < 0 || i >= text.length || !WORD_CHAR.test(text[i]);

/** Fast path: plain substring search of each term (or prefix) in the lower-cased text, checking word boundaries; -1 if none. */
function findFirstTerm(text: string, terms: ReadonlySet<string>, prefixes: readonly string[]): number {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return -1;
  let best = -1;
  const wanted = [...[...terms].map((t) => ({ t, prefix: false })), ...prefixes.map((t) => ({ t, prefix: true }))];
  for (const { t, prefix } of wanted) {
    if (!t) continue;
    for (let i = lower.indexOf(t); i >= 0 && (best < 0 || i < best); i = lower.indexOf(t, i + 1)) {
      if (isBoundary(lower, i - 1) && (prefix || isBoundary(lower, i + t.length))) {
        best = i;
        break;
      }
    }
  }
  return best;
}

function findFirstHit(text: string, isHit: (w: string) => boolean, terms?: ReadonlySet<string>, prefixes: readonly string[] = []): number {
  if (terms) {
    const fast = findFirstTerm(text, terms, prefixes);
    // In plain ASCII text the substring search is exact: no need for the word-by-word scan.
    if (fast >= 0 || ASCII_ONLY.test(text)) return fast;
  }
  for (const m of text.matchAll(WORD_RE)) {
    if (isHit(normaliseTerm(m[0]))) return m.index ?? 0;
  }
  return -1;
}
