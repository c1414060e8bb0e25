// Wikilinks swapped for private-use placeholders before Markdown parsing, so the parser cannot split or reinterpret them.
import { parseWikiLinks } from '../../common/wikilink';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK_RE = /\uE000(\d+)\uE001/g;

export interface MarkedLink {
  raw: string;
  title: string;
  label: string | null;
}

export interface MarkedText {
  /** The text with every wikilink replaced by OPEN index CLOSE (placeholder characters typed in the text are replaced first). */
  text: string;
  links: MarkedLink[];
}

export function markWikiLinks(body: string): MarkedText {
  const clean = body.replace(/[\uE000\uE001]/g, '\uFFFD');
  const found = parseWikiLinks(clean);
  let text = '';
  let last = 0;
  found.forEach((l, i) => {
    text += clean.slice(last, l.start) + `${OPEN}${i}${CLOSE}`;
    last = l.end;
  });
  text += clean.slice(last);
  return { text, links: found.map((l) => ({ raw: l.raw, title: l.title, label: l.label })) };
}

/** The label a wikilink shows: its alias, else its title. */
export const shownLabel = (l: MarkedLink): string => l.label ?? l.title;

/** Puts the wikilinks back into a text: as written (`[[raw]]`) unless `show` says otherwise. */
export function restoreWikiLinks(text: string, links: MarkedLink[], show: (l: MarkedLink) => string = (l) => `[[${l.raw}]]`): string {
  return text.replace(MARK_RE, (_m, n: string) => {
    const l = links[Number(n)];
    return l ? show(l) : '';
  });
}

/** Splits a text into plain pieces and wikilink indexes, in order. */
export function splitWikiLinks(text: string): (string | number)[] {
  const parts: (string | number)[] = [];
  let last = 0;
  for (const m of text.matchAll(MARK_RE)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(Number(m[1]));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
