// Wikilink parsing: [[Title]], [[Title|label]], [[Title#Heading]], [[Domain/Title]].

export interface WikiLink {
  /** The raw text between the brackets. */
  raw: string;
  /**
   * Text before the first "/" when the target has one ([[Domain/Title]]), otherwise null. It is only a domain
   * when it names an existing domain and the rest resolves there; otherwise the whole `path` is the title
   * (titles may contain "/"): see linkCandidates.
   */
  domain: string | null;
  title: string;
  /** The whole target before any "#heading" or "|label", trimmed (the title when `domain` is not a domain). */
  path: string;
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
  const path = target.trim();
  let domain: string | null = null;
  const slash = target.indexOf('/');
  if (slash >= 0 && target.slice(0, slash).trim() && target.slice(slash + 1).trim()) {
    domain = target.slice(0, slash).trim();
    target = target.slice(slash + 1);
  }
  const title = target.trim();
  if (!title) return null;
  return { domain, title, path, heading, label };
}

/**
 * The ways to read a link target, in resolution order: [[A/B]] is first note "B" in domain "A" (when "A" is a
 * domain), then the note titled "A/B" anywhere (same domain first). [[Domain/A/B]] targets "A/B" in Domain.
 */
export function linkCandidates(link: { domain: string | null; title: string; path: string }): { domain: string | null; title: string }[] {
  return link.domain ? [{ domain: link.domain, title: link.title }, { domain: null, title: link.path }] : [{ domain: null, title: link.title }];
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
export function maskCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    // Fenced blocks: a closing fence uses the same character, at least as long as the opening (CommonMark).
    .replace(/^ {0,3}((`|~)\2{2,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1\2*[ \t]*$|(?![\s\S]))/gm, blank)
    // Code spans: a run of backticks closed by a run of the same length.
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

/** Normalised key used to match link targets against titles and aliases. */
export function titleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * The link keys notes with these names (title and aliases) can be reached by: each name's key, plus the key of
 * what follows its first "/" (links to a title with "/" are stored by the part after it, see parseWikiLinkTarget).
 */
export function linkKeysOf(names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    keys.add(titleKey(name));
    const slash = name.indexOf('/');
    if (slash >= 0 && name.slice(slash + 1).trim()) keys.add(titleKey(name.slice(slash + 1)));
  }
  return [...keys];
}
