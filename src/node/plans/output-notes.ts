// Creates a plan's output note like notes.create does (links derived, pending links resolved, FTS via triggers).
import type { Database } from 'better-sqlite3';
import { NOTE_KINDS } from '../../common/api/types';
import type { NoteKind } from '../../common/api/types';
import { titleKey } from '../../common/wikilink';
import { NoteStore } from '../store/note-store';

export interface NewOutputNote {
  domainId: string;
  title: string;
  body: string;
  kind: string;
  tags: string[];
  lang: string;
  now: string;
}

/** Returns the note id and whether it was created; a live note with the same title in the domain is linked instead. */
export function createOrLinkNote(db: Database, n: NewOutputNote): { noteId: string; created: boolean } {
  const existing = db.prepare('SELECT id FROM notes WHERE domain_id = ? AND title_key = ? AND deleted_at IS NULL').pluck().get(n.domainId, titleKey(n.title)) as
    | string
    | undefined;
  if (existing) return { noteId: existing, created: false };
  const notes = new NoteStore(db);
  const kind = ((NOTE_KINDS as readonly string[]).includes(n.kind) ? n.kind : 'practice') as NoteKind;
  const tags = [...new Set(n.tags.map((t) => t.trim()).filter(Boolean))];
  const id = notes.insert({ title: n.title, domainId: n.domainId, kind, stage: 'identify', lang: n.lang, body: n.body, tags, createdAt: n.now, updatedAt: n.now });
  notes.relink(id);
  notes.resolvePending(id);
  return { noteId: id, created: true };
}
