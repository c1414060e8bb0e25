// Local names for imported things: a creator label safe inside titles, and titles made unique per domain.
import { titleKey } from '../../../common/wikilink';

const MAX_TITLE = 300;

/** The creator's name as it may appear inside a note title (no link syntax, no control characters, short). */
export function creatorLabel(name: string): string {
  const clean = name
    .replace(/[[\]|#\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
    .trim();
  return clean || 'another workspace';
}

/** "<title> (from <creator>)", then " 2", " 3"…; the title is shortened so the result stays within 300 characters. */
export function fromTitle(title: string, creator: string, n = 1): string {
  const suffix = n === 1 ? ` (from ${creator})` : ` (from ${creator} ${n})`;
  return `${title.slice(0, MAX_TITLE - suffix.length).trim()}${suffix}`;
}

/** Live titles per domain (by title key → note id), extended as the import plans new titles. */
export class DomainTitles {
  private readonly byDomain = new Map<string, Map<string, string>>();
  /** noteId → [domain, title key] it holds, for notes whose title this import planned. */
  private readonly planned = new Map<string, [string, string]>();

  constructor(private readonly load: (domainId: string) => { id: string; title: string }[]) {}

  private of(domainId: string): Map<string, string> {
    let m = this.byDomain.get(domainId);
    if (!m) {
      m = new Map(this.load(domainId).map((r) => [titleKey(r.title), r.id]));
      this.byDomain.set(domainId, m);
    }
    return m;
  }

  /** Whether the title is free in the domain for this note (its own current title does not count). */
  free(domainId: string, title: string, noteId: string | null): boolean {
    const owner = this.of(domainId).get(titleKey(title));
    return owner === undefined || owner === noteId;
  }

  /** Takes `title` if free, else "<title> (from <creator>)" (numbered when needed); records it for noteId. */
  take(domainId: string, title: string, creator: string, noteId: string, forceFrom = false): string {
    let chosen = title;
    for (let n = 1; forceFrom || !this.free(domainId, chosen, noteId); n++) {
      chosen = fromTitle(title, creator, n);
      forceFrom = false;
    }
    const m = this.of(domainId);
    const previous = this.planned.get(noteId);
    if (previous && this.byDomain.get(previous[0])?.get(previous[1]) === noteId) this.byDomain.get(previous[0])!.delete(previous[1]);
    m.set(titleKey(chosen), noteId);
    this.planned.set(noteId, [domainId, titleKey(chosen)]);
    return chosen;
  }
}
