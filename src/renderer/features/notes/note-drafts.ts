// Open notes and their unsaved edits (title and body), with load and save through the API.
import type { Note } from '../../../common/api/types';
import { api } from '../../state/services';
import { createStore } from '../../state/store';
import { errorParts, reportError } from '../notifications/report-error';
import { log } from '../output/output-log';

export interface NoteDraft {
  status: 'loading' | 'ready' | 'error';
  /** The note as last loaded or saved. */
  note: Note | null;
  title: string;
  body: string;
  saving: boolean;
  error: { code: string; message: string } | null;
}

export const drafts = createStore<{ byId: Record<string, NoteDraft> }>({ byId: {} });

export function isDraftDirty(d: NoteDraft | undefined): boolean {
  return !!d?.note && (d.title !== d.note.title || d.body !== d.note.body);
}

export function isNoteDirty(id: string): boolean {
  return isDraftDirty(drafts.get().byId[id]);
}

function patch(id: string, update: Partial<NoteDraft>): void {
  drafts.set((s) => {
    const current = s.byId[id];
    if (!current) return s;
    return { byId: { ...s.byId, [id]: { ...current, ...update } } };
  });
}

/** Loads a note into its draft; an existing draft is kept unless `reload` is set and it has no edits. */
export async function loadNote(id: string, reload = false): Promise<void> {
  const existing = drafts.get().byId[id];
  if (existing && !reload) return;
  // Never overwrite unsaved edits with a reload.
  if (existing && isDraftDirty(existing)) return;
  if (!existing) {
    drafts.set((s) => ({
      byId: { ...s.byId, [id]: { status: 'loading', note: null, title: '', body: '', saving: false, error: null } },
    }));
  }
  try {
    const note = await api().call('notes.get', { id });
    const now = drafts.get().byId[id];
    if (!now) return;
    // Keystrokes made while the reload was in flight win over the reloaded text.
    if (isDraftDirty(now)) patch(id, { note });
    else patch(id, { status: 'ready', note, title: note.title, body: note.body, error: null });
  } catch (err) {
    if (!drafts.get().byId[id]) return;
    patch(id, { status: 'error', error: errorParts(err) });
    reportError(err, 'errors.openNote');
  }
}

export function editTitle(id: string, title: string): void {
  patch(id, { title });
}

export function editBody(id: string, body: string): void {
  patch(id, { body });
}

/** Saves a dirty note; returns false when the save failed (the error is reported). */
export async function saveNote(id: string): Promise<boolean> {
  const d = drafts.get().byId[id];
  if (!d?.note || !isDraftDirty(d)) return true;
  const sentTitle = d.title;
  const sentBody = d.body;
  const input: { id: string; title?: string; body?: string } = { id };
  if (sentTitle !== d.note.title) input.title = sentTitle;
  if (sentBody !== d.note.body) input.body = sentBody;
  patch(id, { saving: true });
  try {
    const note = await api().call('notes.update', input);
    const now = drafts.get().byId[id];
    if (now) {
      // Keep anything typed while the save was in flight.
      patch(id, {
        saving: false,
        note,
        title: now.title === sentTitle ? note.title : now.title,
        body: now.body === sentBody ? note.body : now.body,
      });
    }
    log('info', 'output.saved', { title: note.title });
    return true;
  } catch (err) {
    patch(id, { saving: false });
    reportError(err, 'errors.saveNote', { title: sentTitle.trim() || d.note.title });
    return false;
  }
}

export function dropDraft(id: string): void {
  drafts.set((s) => {
    if (!s.byId[id]) return s;
    const byId = { ...s.byId };
    delete byId[id];
    return { byId };
  });
}

export function dirtyNoteIds(): string[] {
  return Object.entries(drafts.get().byId)
    .filter(([, d]) => isDraftDirty(d))
    .map(([id]) => id);
}
