// Opening the knowledge graph tabs: "graph:global", and "graph:note:<id>" around the active note.
import { i18n } from '../../i18n/i18n';
import { makeTabId, parseTabId } from '../../state/tabs';
import { openTab, workbench } from '../../state/workbench-store';
import { knownNoteTitle } from '../../workbench/tab-title';
import { notify } from '../notifications/notifications';
import type { GraphScope } from './GraphView';

export function openGlobalGraph(): void {
  openTab(makeTabId('graph', 'global'));
}

export function openLocalGraph(): void {
  const active = parseTabId(workbench.get().activeTab ?? '');
  const noteId = active?.kind === 'note' ? active.id : active?.kind === 'graph' ? graphScope(active.id)?.noteId : undefined;
  if (!noteId) {
    notify('info', 'graph.noNote');
    return;
  }
  openTab(makeTabId('graph', `note:${noteId}`));
}

/** The scope a graph tab id names, or null for an unknown one. */
export function graphScope(id: string): (GraphScope & { noteId?: string }) | null {
  if (id === 'global') return { kind: 'global' };
  if (id.startsWith('note:') && id.length > 5) return { kind: 'local', noteId: id.slice(5) };
  return null;
}

export function graphTabTitle(id: string): string {
  const scope = graphScope(id);
  if (scope?.kind === 'local') return i18n.t('graph.localTitle', { title: knownNoteTitle(scope.noteId) ?? scope.noteId });
  return i18n.t('graph.title');
}
