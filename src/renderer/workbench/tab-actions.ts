// Opening, saving and closing editor tabs, asking about unsaved changes before a dirty tab closes.
import { askSaveChanges } from '../features/dialogs/dialog-store';
import { dirtyNoteIds, dropDraft, isNoteDirty, loadNote, saveNote } from '../features/notes/note-drafts';
import { dropPlan, loadPlan } from '../features/plans/plan-cache';
import { makeTabId, parseTabId, type TabId } from '../state/tabs';
import { openTab, removeTab, workbench } from '../state/workbench-store';
import { knownNoteTitle } from './tab-title';

export function openNote(id: string): void {
  openTab(makeTabId('note', id));
  void loadNote(id);
}

export function openMember(id: string): void {
  openTab(makeTabId('member', id));
}

export function openPlan(id: string): void {
  openTab(makeTabId('plan', id));
  void loadPlan(id);
}

export function isTabDirty(tab: TabId): boolean {
  const parsed = parseTabId(tab);
  return parsed?.kind === 'note' && isNoteDirty(parsed.id);
}

/** Name of a note for the save dialog, from its draft or a title already fetched for its tab. */
function noteName(id: string): string {
  return knownNoteTitle(id) ?? id;
}

/** Closes a tab; a dirty note is saved, and asks Save / Don't Save / Cancel only if that save failed. Returns false when the close was cancelled. */
export async function closeTab(tab: TabId): Promise<boolean> {
  const parsed = parseTabId(tab);
  // Autosave: a dirty note is saved on close; only when that fails does the user choose.
  if (parsed?.kind === 'note' && isNoteDirty(parsed.id)) await saveNote(parsed.id);
  if (parsed?.kind === 'note' && isNoteDirty(parsed.id)) {
    workbench.set({ activeTab: tab });
    const choice = await askSaveChanges(noteName(parsed.id));
    if (choice === 'cancel') return false;
    if (choice === 'save' && !(await saveNote(parsed.id))) return false;
  }
  removeTab(tab);
  if (parsed?.kind === 'note') dropDraft(parsed.id);
  if (parsed?.kind === 'plan') dropPlan(parsed.id);
  return true;
}

export async function closeActiveTab(): Promise<void> {
  const { activeTab } = workbench.get();
  if (activeTab) await closeTab(activeTab);
}

/** Closes every tab, stopping at the first dirty one the user cancels. */
export async function closeAllTabs(): Promise<boolean> {
  for (const tab of [...workbench.get().tabs]) {
    if (!(await closeTab(tab))) return false;
  }
  return true;
}

export async function saveActiveTab(): Promise<void> {
  const parsed = parseTabId(workbench.get().activeTab ?? '');
  if (parsed?.kind === 'note') await saveNote(parsed.id);
}

export async function saveAllTabs(): Promise<void> {
  for (const id of dirtyNoteIds()) await saveNote(id);
}
