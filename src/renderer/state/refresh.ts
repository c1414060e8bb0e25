// Reloading workspace data: on workspace.refresh, and when another window or the CLI changes data.
import type { ApiClient } from '../../common/api/contract';
import { combineDisposables, toDisposable, type Disposable } from '../../common/disposable';
import { invalidateLinkTargets } from '../features/editor/link-targets';
import { drafts, loadNote } from '../features/notes/note-drafts';
import { log } from '../features/output/output-log';
import { reloadOpenPlans } from '../features/plans/plan-cache';
import { knownNoteTitle } from '../workbench/tab-title';
import { refreshAll, refreshNotes } from './data-store';

/** Reloads every list and every open note (without edits) and plan. */
export async function refreshWorkspace(): Promise<void> {
  await Promise.all([
    refreshAll(),
    reloadOpenPlans(),
    ...Object.keys(drafts.get().byId).map((id) => loadNote(id, true)),
  ]);
  log('info', 'output.refreshed');
}

/** Best known title of a note for log lines (open notes and tab titles already fetched); else the id. */
function noteTitle(id: string): string {
  return drafts.get().byId[id]?.note?.title ?? knownNoteTitle(id) ?? id;
}

/** Coalesces bursts of events into one reload. */
function debounced(fn: () => void, ms: number): { run(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    run() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        fn();
      }, ms);
    },
    cancel() {
      if (timer) clearTimeout(timer);
    },
  };
}

export function installEventRefresh(api: ApiClient): Disposable {
  const notesRefresh = debounced(() => {
    void refreshNotes();
    invalidateLinkTargets();
  }, 150);
  const workspaceRefresh = debounced(() => void refreshWorkspace(), 150);
  const offNotes = api.on('notes.changed', ({ id, change }) => {
    log('info', change === 'created' ? 'output.eventNoteCreated' : 'output.eventNoteUpdated', { title: noteTitle(id) });
    notesRefresh.run();
    if (drafts.get().byId[id]) void loadNote(id, true);
    void reloadOpenPlans();
  });
  const offWorkspace = api.on('workspace.changed', ({ reason }) => {
    log('info', 'output.eventWorkspaceChanged', { reason });
    workspaceRefresh.run();
  });
  return combineDisposables([
    toDisposable(offNotes),
    toDisposable(offWorkspace),
    toDisposable(() => notesRefresh.cancel()),
    toDisposable(() => workspaceRefresh.cancel()),
  ]);
}
