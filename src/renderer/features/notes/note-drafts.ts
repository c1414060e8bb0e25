// Open notes and their unsaved edits (title and body): load, autosave (debounced), crash-safe local copies and rename.
import type { Note } from '../../../common/api/types';
import { api } from '../../state/services';
import { createStore } from '../../state/store';
import { notify } from '../notifications/notifications';
import { errorParts, reportError } from '../notifications/report-error';
import { log } from '../output/output-log';
import { flushAllEditors, flushEditor } from './editor-flush';
import { clearLocalDraft, isDraftNewer, readLocalDraft, writeLocalDraft } from './local-drafts';

export interface NoteDraft {
  status: 'loading' | 'ready' | 'error';
  /** The note as last loaded or saved. */
  note: Note | null;
  title: string;
  body: string;
  saving: boolean;
  error: { code: string; message: string } | null;
  /** Bumped when the body is replaced from outside the editor (reload, restore), so the editor reloads it. */
  revision: number;
  /** The editor has edits not yet converted to Markdown (large notes convert lazily). */
  pendingEdit: boolean;
}

export const AUTOSAVE_DELAY_MS = 500;

export const drafts = createStore<{ byId: Record<string, NoteDraft> }>({ byId: {} });
const timers = new Map<string, ReturnType<typeof setTimeout>>();

export function isDraftDirty(d: NoteDraft | undefined): boolean {
  return !!d?.note && (d.pendingEdit || d.title !== d.note.title || d.body !== d.note.body);
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

function cancelAutosave(id: string): void {
  const timer = timers.get(id);
  if (timer) clearTimeout(timer);
  timers.delete(id);
}

function scheduleAutosave(id: string): void {
  cancelAutosave(id);
  timers.set(
    id,
    setTimeout(() => {
      timers.delete(id);
      void saveBody(id);
    }, AUTOSAVE_DELAY_MS),
  );
}

function keepLocalCopy(id: string): void {
  const d = drafts.get().byId[id];
  if (!d?.note) return;
  if (isDraftDirty(d)) writeLocalDraft(id, { title: d.title, body: d.body, baseUpdatedAt: d.note.updatedAt });
  else clearLocalDraft(id);
}

/** Loads a note into its draft; an existing draft is kept unless `reload` is set and it has no edits. */
export async function loadNote(id: string, reload = false): Promise<void> {
  const existing = drafts.get().byId[id];
  if (existing && !reload) return;
  // Never overwrite unsaved edits with a reload.
  if (existing && isDraftDirty(existing)) return;
  if (!existing) {
    drafts.set((s) => ({
      byId: { ...s.byId, [id]: { status: 'loading', note: null, title: '', body: '', saving: false, error: null, revision: 0, pendingEdit: false } },
    }));
  }
  try {
    const note = await api().call('notes.get', { id });
    const now = drafts.get().byId[id];
    if (!now) return;
    // Keystrokes made while the reload was in flight win over the reloaded text.
    if (isDraftDirty(now)) {
      // Changed elsewhere (a rename rewrote its links, another window) while edits are pending: keep them, but say so.
      const base = now.note;
      if (existing && base && !now.saving && note.updatedAt !== base.updatedAt && note.body !== base.body && note.body !== now.body) {
        notify('warning', 'notes.changedElsewhere', { title: note.title });
        log('warning', 'output.changedElsewhere', { title: note.title });
      }
      patch(id, { note });
      return;
    }
    const local = existing ? null : readLocalDraft(id);
    if (local && local.body !== note.body && isDraftNewer(local, note.updatedAt)) {
      // Edits that never reached the server (crash, closed window): bring them back and save them.
      patch(id, { status: 'ready', note, title: note.title, body: local.body, error: null, revision: now.revision + 1 });
      log('info', 'output.draftRestored', { title: note.title });
      void saveBody(id);
      return;
    }
    if (local) clearLocalDraft(id);
    const changed = now.status === 'ready' && now.body !== note.body;
    patch(id, { status: 'ready', note, title: note.title, body: note.body, error: null, revision: now.revision + (changed ? 1 : 0) });
  } catch (err) {
    if (!drafts.get().byId[id]) return;
    patch(id, { status: 'error', error: errorParts(err) });
    reportError(err, 'errors.openNote');
  }
}

export function editTitle(id: string, title: string): void {
  patch(id, { title });
}

/** Called by the editor with its Markdown: marks dirty, keeps a local copy and schedules the autosave. */
export function editBody(id: string, body: string): void {
  const d = drafts.get().byId[id];
  if (!d) return;
  if (d.body === body) {
    if (d.pendingEdit) patch(id, { pendingEdit: false });
    return;
  }
  patch(id, { body, pendingEdit: false });
  keepLocalCopy(id);
  scheduleAutosave(id);
}

/** Called by a lazily converting editor on a keystroke: dirty at once, Markdown follows. */
export function markEditing(id: string): void {
  const d = drafts.get().byId[id];
  if (d && !d.pendingEdit) patch(id, { pendingEdit: true });
}

/** Replaces the body from outside the editor (e.g. a restored version); the editor reloads it. */
export function replaceBody(id: string, note: Note): void {
  const d = drafts.get().byId[id];
  if (!d) return;
  cancelAutosave(id);
  clearLocalDraft(id);
  patch(id, { note, title: note.title, body: note.body, revision: d.revision + 1 });
}

/** Saves the body when it differs from the server's; returns false when the save failed (the error is reported). */
export async function saveBody(id: string): Promise<boolean> {
  flushEditor(id);
  cancelAutosave(id);
  const d = drafts.get().byId[id];
  if (!d?.note || d.body === d.note.body) return true;
  if (d.saving) {
    // One save at a time; try again once this one lands.
    scheduleAutosave(id);
    return true;
  }
  const sentBody = d.body;
  patch(id, { saving: true });
  try {
    const note = await api().call('notes.update', { id, body: sentBody });
    const now = drafts.get().byId[id];
    if (now) {
      // Keep anything typed while the save was in flight, and a title still being edited.
      patch(id, { saving: false, note, body: now.body === sentBody ? note.body : now.body });
      keepLocalCopy(id);
    }
    return true;
  } catch (err) {
    patch(id, { saving: false });
    reportError(err, 'errors.saveNote', { title: d.title.trim() || d.note.title });
    return false;
  }
}

const renaming = new Map<string, Promise<boolean>>();

/** Commits an edited title through notes.rename (links to the note are rewritten); false when it failed. */
export function commitTitle(id: string): Promise<boolean> {
  // Enter then blur: the second commit waits for the first instead of renaming twice.
  const running = renaming.get(id);
  if (running) return running;
  const run = renameNow(id).finally(() => renaming.delete(id));
  renaming.set(id, run);
  return run;
}

async function renameNow(id: string): Promise<boolean> {
  const d = drafts.get().byId[id];
  if (!d?.note) return true;
  const title = d.title.trim();
  if (title === d.note.title) {
    if (d.title !== title) patch(id, { title });
    return true;
  }
  if (!title) {
    patch(id, { title: d.note.title });
    return true;
  }
  try {
    const { note, updatedNotes } = await api().call('notes.rename', { id, title });
    const now = drafts.get().byId[id];
    if (now) patch(id, { note: { ...note, body: now.note?.body ?? note.body }, title: now.title.trim() === title ? note.title : now.title });
    log('info', 'output.renamed', { from: d.note.title, to: note.title, count: updatedNotes });
    notify('info', 'rename.done', { title: note.title, count: updatedNotes });
    return true;
  } catch (err) {
    reportError(err, 'errors.renameNote', { title: d.note.title });
    return false;
  }
}

/** Saves body and title (Ctrl+S, closing a tab). */
export async function saveNote(id: string): Promise<boolean> {
  const bodyOk = await saveBody(id);
  const titleOk = await commitTitle(id);
  const d = drafts.get().byId[id];
  if (bodyOk && titleOk && d?.note) log('info', 'output.saved', { title: d.note.title });
  return bodyOk && titleOk;
}

/** Page is going away: write local copies and send every pending save (keepalive requests). */
export function flushAllDrafts(): void {
  flushAllEditors();
  for (const [id, d] of Object.entries(drafts.get().byId)) {
    if (!isDraftDirty(d)) continue;
    keepLocalCopy(id);
    void saveBody(id);
  }
}

export function dropDraft(id: string): void {
  cancelAutosave(id);
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
