// Resolves raw link targets in bulk (for marking unresolved [[links]] in the editor) with NoteStore's own rules.
import { parseWikiLinkTarget } from '../../common/wikilink';
import type { NoteStore } from '../store/note-store';

/**
 * Each distinct raw target ("Title", "Title#Heading", "Domain/Title", an alias, with or without "|label") mapped to
 * the id of the note it resolves to from a note in `sourceDomainId`, or null.
 */
export function resolveTargets(notes: NoteStore, sourceDomainId: string, targets: string[]): Record<string, string | null> {
  const out = new Map<string, string | null>();
  for (const raw of targets) {
    if (out.has(raw)) continue;
    const link = parseWikiLinkTarget(raw);
    out.set(raw, link ? notes.resolveLink(sourceDomainId, link) : null);
  }
  return Object.fromEntries(out);
}

/** Whether the typed text of a [[ query already names a live note (so the menu offers no "create"). */
export function namesNote(notes: NoteStore, typed: string): boolean {
  const link = typed.trim() ? parseWikiLinkTarget(typed) : null;
  return link !== null && notes.resolveLink('', link) !== null;
}
