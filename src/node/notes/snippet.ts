// Context snippets: about 160 characters of a body around a range, as one line of plain text with the range «marked».
import { MARK_CLOSE, MARK_OPEN, plainText } from '../../common/search/snippet';

export const SNIPPET_LENGTH = 160;

/** Raw characters read on each side of the range before flattening (a snippet never needs the whole body). */
const RAW_CONTEXT = 400;
/** Private-use characters standing for the range's edges while the window is flattened. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const WIKILINK = /(\[\[[^[\]\n]*\]\])/u;

/** One table row as cells joined by " · " (pipes inside [[a\|b]] links are link pipes, not cell borders). */
function tableRow(line: string): string {
  const cells = line
    .trim()
    .replace(/^\|/u, '')
    .replace(/(?<!\\)\|$/u, '')
    .split(WIKILINK)
    .map((part, i) => (i % 2 ? part.replace(/\\\|/gu, '|') : part.replace(/(?<!\\)\|/gu, ' · ')));
  return cells.join('');
}

/** Block-level markup plainText does not know: table rows and delimiters, code fences, rules, HTML tags, escapes. */
function flattenBlocks(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/u.test(line)) return '';
      if (/^\s{0,3}(```|~~~)/u.test(line)) return '';
      if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/u.test(line)) return '';
      return /^\s*\|/u.test(line) ? tableRow(line) : line;
    })
    .join('\n')
    .replace(/<((?:https?|mailto):[^>\s]+)>/giu, '$1')
    .replace(/<\/?[a-z][^>\n]*>/giu, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/gu, '$1');
}

/** Index of the first whitespace at or after `from` (or `from` itself when none is near), to avoid starting mid-word. */
function wordStart(body: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (/\s/u.test(body[i])) return i + 1;
  return from;
}

function wordEnd(body: string, to: number, limit: number): number {
  for (let i = to - 1; i > limit; i--) if (/\s/u.test(body[i])) return i;
  return to;
}

/**
 * Plain text around body[start..end] (Markdown markup dropped, [[links]] read as their label), whitespace collapsed,
 * the range itself kept whole and wrapped in «» markers, "…" where it was cut.
 */
export function snippetAround(body: string, start: number, end: number, length = SNIPPET_LENGTH): string {
  const rawFrom = start > RAW_CONTEXT ? wordStart(body, start - RAW_CONTEXT, start) : 0;
  const rawTo = body.length - end > RAW_CONTEXT ? wordEnd(body, end + RAW_CONTEXT, end) : body.length;
  // Literal guillemets would read as markers: show them as single ones.
  const guard = (s: string) => s.replace(/«/gu, '‹').replace(/»/gu, '›').replace(/[\uE000\uE001]/gu, '');
  const raw = guard(body.slice(rawFrom, start)) + OPEN + guard(body.slice(start, end)) + CLOSE + guard(body.slice(end, rawTo));
  const plain = plainText(flattenBlocks(raw));
  const open = plain.indexOf(OPEN);
  const close = plain.indexOf(CLOSE, open);
  const span = plain.slice(open + 1, close).trim();
  const before = plain.slice(0, open).replace(/\s+$/u, open > 0 && /\s/u.test(plain[open - 1]) ? ' ' : '');
  const after = plain.slice(close + 1).replace(/^\s+/u, /^\s/u.test(plain.slice(close + 1)) ? ' ' : '');
  const room = Math.max(0, length - span.length);
  let keepAfter = Math.min(after.length, room - Math.min(before.length, Math.floor(room / 2)));
  const keepBefore = Math.min(before.length, room - keepAfter);
  keepAfter = Math.min(after.length, room - keepBefore);
  let head = before.slice(before.length - keepBefore);
  let tail = after.slice(0, keepAfter);
  // Cut at word boundaries when a whole word can go.
  if (keepBefore < before.length && /\S/u.test(before[before.length - keepBefore - 1] ?? '')) head = head.replace(/^\S{0,20}\s/u, '');
  if (keepAfter < after.length && /\S/u.test(after[keepAfter] ?? '')) tail = tail.replace(/\s\S{0,20}$/u, '');
  const cutStart = rawFrom > 0 || keepBefore < before.length;
  const cutEnd = rawTo < body.length || keepAfter < after.length;
  const text = `${head.trimStart()}${MARK_OPEN}${span}${MARK_CLOSE}${tail.trimEnd()}`;
  return `${cutStart ? '…' : ''}${text}${cutEnd ? '…' : ''}`;
}
