// Wikilink parsing: [[Title]], [[Title|label]], [[Title#Heading]], [[Domain/Title]].

export interface WikiLink {
  /** The raw text between the brackets. */
  raw: string;
  /** Domain name when written as [[Domain/Title]], otherwise null. */
  domain: string | null;
  title: string;
  heading: string | null;
  label: string | null;
  /** Offset of the opening "[[" in the source text. */
  start: number;
  end: number;
}

const LINK_RE = /\[\[([^[\]\n]+?)\]\]/g;

export function parseWikiLinkTarget(raw: string): Omit<WikiLink, 'raw' | 'start' | 'end'> | null {
  let target = raw;
  let label: string | null = null;
  const pipe = target.indexOf('|');
  if (pipe >= 0) {
    label = target.slice(pipe + 1).trim() || null;
    target = target.slice(0, pipe);
  }
  let heading: string | null = null;
  const hash = target.indexOf('#');
  if (hash >= 0) {
    heading = target.slice(hash + 1).trim() || null;
    target = target.slice(0, hash);
  }
  let domain: string | null = null;
  const slash = target.indexOf('/');
  if (slash >= 0) {
    domain = target.slice(0, slash).trim() || null;
    target = target.slice(slash + 1);
  }
  const title = target.trim();
  if (!title) return null;
  return { domain, title, heading, label };
}

/** Finds every wikilink in a text, skipping fenced and inline code. */
export function parseWikiLinks(text: string): WikiLink[] {
  const masked = maskCode(text);
  const links: WikiLink[] = [];
  for (const match of masked.matchAll(LINK_RE)) {
    const start = match.index ?? 0;
    const raw = text.slice(start + 2, start + match[0].length - 2);
    const parsed = parseWikiLinkTarget(raw);
    if (parsed) links.push({ raw, ...parsed, start, end: start + match[0].length });
  }
  return links;
}

/** Replaces code spans and fenced blocks with spaces so offsets stay valid. */
function maskCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/`[^`\n]*`/g, blank);
}

/** Normalised key used to match link targets against titles and aliases. */
export function titleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
