// Unlinked mentions: a note's title or aliases written as plain text (whole words, any case) in other notes.
import type { Database } from 'better-sqlite3';
import type { UnlinkedMention } from '../../common/api/methods/notes';
import { maskCode, parseWikiLinks } from '../../common/wikilink';
import { snippetAround } from './snippet';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Scripts written without spaces between words: no word-boundary check at their edges. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** A regex matching any of the names as whole words, case-insensitively; runs of whitespace match any whitespace. */
export function mentionRegex(names: string[]): RegExp {
  const parts = [...new Set(names.map((n) => n.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((name) => {
      const body = name.split(/\s+/).map(escapeRe).join('\\s+');
      const before = NO_SPACES.test(name[0]) ? '' : '(?<![\\p{L}\\p{N}_])';
      const after = NO_SPACES.test(name[name.length - 1]) ? '' : '(?![\\p{L}\\p{N}_])';
      return `${before}${body}${after}`;
    });
  return new RegExp(parts.join('|'), 'giu');
}

/** Ranges of a body where a mention does not count: code, [[wikilinks]] and the URL part of Markdown links. */
export function blockedRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const masked = maskCode(body);
  for (let i = 0; i < body.length; i++) {
    if (masked[i] !== body[i]) {
      const from = i;
      while (i < body.length && masked[i] !== body[i]) i++;
      ranges.push([from, i]);
    }
  }
  for (const l of parseWikiLinks(body)) ranges.push([l.start, l.end]);
  for (const m of body.matchAll(/\]\([^)\n]*\)|<[a-z][a-z0-9+.-]*:[^>\s]*>/gi)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

const inside = (ranges: [number, number][], start: number, end: number) => ranges.some(([a, b]) => start < b && end > a);

/** Every unblocked mention in one body. */
export function findMentions(body: string, names: string[]): { start: number; end: number; matched: string }[] {
  const re = mentionRegex(names);
  let blocked: [number, number][] | null = null;
  const found: { start: number; end: number; matched: string }[] = [];
  for (const m of body.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    blocked ??= blockedRanges(body);
    if (!inside(blocked, start, end)) found.push({ start, end, matched: m[0] });
  }
  return found;
}

/** The longest run of ASCII letters/digits in a name, for a cheap SQL LIKE prefilter (ASCII LIKE ignores case). */
function asciiRun(word: string): string {
  return (word.match(/[A-Za-z0-9_-]+/g) ?? []).sort((a, b) => b.length - a.length)[0] ?? '';
}

/** SQL prefilter for bodies that may mention a name: its longest word by LIKE (ASCII part), instr, or a JS lower-case match. */
function prefilter(db: Database, names: string[]): { sql: string; params: string[] } {
  db.function('copw_icontains', { deterministic: true }, (body: unknown, needle: unknown) =>
    typeof body === 'string' && typeof needle === 'string' && body.toLocaleLowerCase().includes(needle) ? 1 : 0,
  );
  const clauses: string[] = [];
  const params: string[] = [];
  for (const name of names) {
    const word = name.split(/\s+/).sort((a, b) => b.length - a.length)[0];
    const run = asciiRun(word);
    if (run.length >= 3) {
      clauses.push("n.body LIKE ? ESCAPE '\\'");
      params.push(`%${run.replace(/[\\%_]/g, '\\$&')}%`);
    } else if (word.toLocaleLowerCase() === word.toLocaleUpperCase()) {
      clauses.push('instr(n.body, ?) > 0');
      params.push(word);
    } else {
      clauses.push('copw_icontains(n.body, ?)');
      params.push(word.toLocaleLowerCase());
    }
  }
  return { sql: clauses.join(' OR '), params };
}

/** Mentions of a note's names in other live notes, ordered by source title then position. */
export function unlinkedMentions(db: Database, id: string, names: string[], limit: number): { total: number; items: UnlinkedMention[] } {
  const cleaned = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (cleaned.length === 0) return { total: 0, items: [] };
  const filter = prefilter(db, cleaned);
  const rows = db
    .prepare(
      `SELECT n.id, n.title, n.domain_id, n.body FROM notes n
       WHERE n.deleted_at IS NULL AND n.id <> ? AND (${filter.sql}) ORDER BY n.title_key, n.id`,
    )
    .all(id, ...filter.params) as { id: string; title: string; domain_id: string; body: string }[];
  let total = 0;
  const items: UnlinkedMention[] = [];
  for (const r of rows) {
    for (const m of findMentions(r.body, cleaned)) {
      total++;
      if (items.length < limit) {
        items.push({ sourceId: r.id, sourceTitle: r.title, domainId: r.domain_id, snippet: snippetAround(r.body, m.start, m.end), ...m });
      }
    }
  }
  return { total, items };
}
