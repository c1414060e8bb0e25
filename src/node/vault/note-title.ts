// Titles of imported notes: front matter, else a leading "# H1", else the file name; made valid and unique in the domain.
import { posix } from 'node:path';
import { titleKey } from '../../common/wikilink';

const H1_RE = /^\s*#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/** The text of the first line when the body starts (after blank lines) with an ATX level-1 heading. */
export function leadingH1(body: string): string | null {
  const first = body.replace(/^(?:[ \t]*\n)+/, '').split('\n', 1)[0];
  const m = H1_RE.exec(first);
  return m ? m[1].trim() : null;
}

export function fileTitle(rel: string): string {
  return posix.basename(rel).replace(/\.(md|markdown)$/i, '');
}

/** Makes a title valid for the notes schema: no control characters, no [ ] | #, at most 300 characters. */
export function sanitizeTitle(raw: string): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/\|/g, '-')
    .replace(/#/g, '＃')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(cleaned).slice(0, 300).join('').trim();
}

/** Hands out titles unique by title key; a clash gets " (2)", " (3)", ... */
export class UniqueTitles {
  private readonly taken: Set<string>;
  constructor(existing: Iterable<string>) {
    this.taken = new Set([...existing].map(titleKey));
  }
  take(title: string): string {
    let candidate = title;
    for (let n = 2; this.taken.has(titleKey(candidate)); n++) {
      const suffix = ` (${n})`;
      candidate = Array.from(title).slice(0, 300 - suffix.length).join('') + suffix;
    }
    this.taken.add(titleKey(candidate));
    return candidate;
  }
}
