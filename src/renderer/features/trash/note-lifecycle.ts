// Moving notes to the trash and back, deleting for good, and restoring versions.
import { refreshNotes } from '../../state/data-store';
import { api } from '../../state/services';
import { closeTab, openNote } from '../../workbench/tab-actions';
import { makeTabId } from '../../state/tabs';
import { showPanelTab, workbench } from '../../state/workbench-store';
import { activeNoteId } from '../backlinks/active-note';
import { askConfirm } from '../dialogs/dialog-store';
import { drafts, replaceBody } from '../notes/note-drafts';
import { notify } from '../notifications/notifications';
import { reportError } from '../notifications/report-error';
import { log } from '../output/output-log';
import { createStore } from '../../state/store';

/** Bumped after every trash change so the Trash view reloads. */
export const trashEpoch = createStore<{ epoch: number }>({ epoch: 0 });
const bump = () => trashEpoch.set((s) => ({ epoch: s.epoch + 1 }));

export async function deleteActiveNote(): Promise<void> {
  const id = activeNoteId();
  if (!id) {
    notify('warning', 'trash.noNote');
    return;
  }
  const title = drafts.get().byId[id]?.note?.title ?? id;
  try {
    await api().call('notes.delete', { id });
    const tab = makeTabId('note', id);
    if (workbench.get().tabs.includes(tab)) {
      // The note is gone: close its tab without asking about edits.
      drafts.set((s) => {
        const byId = { ...s.byId };
        delete byId[id];
        return { byId };
      });
      await closeTab(tab);
    }
    notify('info', 'trash.moved', { title });
    log('info', 'trash.moved', { title });
    bump();
    void refreshNotes();
  } catch (err) {
    reportError(err, 'errors.deleteNote', { title });
  }
}

export async function restoreFromTrash(id: string, title: string): Promise<void> {
  try {
    const note = await api().call('notes.restore', { id });
    log('info', 'trash.restored', { title: note.title });
    bump();
    void refreshNotes();
    openNote(note.id);
  } catch (err) {
    reportError(err, 'errors.restoreNote', { title });
  }
}

export async function purgeFromTrash(id: string, title: string): Promise<void> {
  const ok = await askConfirm({ titleKey: 'trash.purgeTitle', detailKey: 'trash.purgeDetail', okKey: 'trash.purge', params: { title } });
  if (!ok) return;
  try {
    await api().call('notes.purge', { id });
    log('info', 'trash.purged', { title });
    bump();
  } catch (err) {
    reportError(err, 'errors.purgeNote', { title });
  }
}

export async function restoreVersion(id: string, versionId: number): Promise<boolean> {
  try {
    const note = await api().call('notes.restoreVersion', { id, versionId });
    replaceBody(id, note);
    log('info', 'history.restored', { title: note.title });
    notify('info', 'history.restored', { title: note.title });
    return true;
  } catch (err) {
    reportError(err, 'errors.restoreVersion');
    return false;
  }
}

export function showTrash(): void {
  showPanelTab('trash');
}

export function showHistory(): void {
  showPanelTab('history');
}
