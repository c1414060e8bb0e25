// Attaches a handler to every command of the catalogue (src/common/commands.ts).
import { combineDisposables, type Disposable } from '../../common/disposable';
import { showAbout } from '../features/dialogs/dialog-store';
import { archiveSelectedDomain, createDomainInteractive, renameSelectedDomain } from '../features/explorer/domain-actions';
import { createNoteInteractive } from '../features/notes/create-note';
import { focusNoteTitle } from '../features/notes/focus-title';
import { deleteActiveNote, showHistory, showTrash } from '../features/trash/note-lifecycle';
import { openQuickInput } from '../features/palette/quick-input-store';
import { PACKAGE_COMMAND_HANDLERS } from '../features/packages/package-commands';
import { openGlobalGraph, openLocalGraph } from '../features/graph/graph-tabs';
import { openNetwork } from '../features/network/network-tabs';
import { PLAN_COMMAND_HANDLERS } from '../features/plans/plan-commands';
import { refreshWorkspace } from '../state/refresh';
import {
  cycleActiveTab,
  moveActiveTab,
  resetLayout,
  setLanguage,
  setTheme,
  showPanelTab,
  showView,
  toggleSidebar,
  togglePanel,
  workbench,
} from '../state/workbench-store';
import { resolveTheme } from '../theme/theme';
import { closeActiveTab, closeAllTabs, saveActiveTab, saveAllTabs } from '../workbench/tab-actions';
import type { CommandHandler, CommandRegistry } from './registry';

export const WORKBENCH_COMMAND_HANDLERS: Record<string, CommandHandler> = {
  'workbench.commandPalette': () => openQuickInput('commands'),
  'workbench.quickOpen': () => openQuickInput('notes'),
  'notes.create': createNoteInteractive,
  'notes.rename': focusNoteTitle,
  'notes.delete': deleteActiveNote,
  'notes.showHistory': showHistory,
  'notes.showTrash': showTrash,
  'domains.create': createDomainInteractive,
  'domains.rename': renameSelectedDomain,
  'domains.archive': archiveSelectedDomain,
  'editor.save': saveActiveTab,
  'editor.saveAll': saveAllTabs,
  'editor.close': closeActiveTab,
  'editor.closeAll': async () => {
    await closeAllTabs();
  },
  'editor.nextTab': () => cycleActiveTab(1),
  'editor.previousTab': () => cycleActiveTab(-1),
  'editor.moveTabLeft': () => moveActiveTab(-1),
  'editor.moveTabRight': () => moveActiveTab(1),
  'workbench.toggleSidebar': toggleSidebar,
  'workbench.togglePanel': togglePanel,
  'workbench.resetLayout': resetLayout,
  'workbench.view.explorer': () => showView('explorer'),
  'workbench.view.search': () => showView('search'),
  'workbench.view.members': () => showView('members'),
  'workbench.view.plans': () => showView('plans'),
  'workbench.panel.output': () => showPanelTab('output'),
  'workbench.panel.problems': () => showPanelTab('problems'),
  'workbench.panel.backlinks': () => showPanelTab('backlinks'),
  'theme.light': () => setTheme('light'),
  'theme.dark': () => setTheme('dark'),
  'theme.system': () => setTheme('system'),
  'theme.toggle': () => setTheme(resolveTheme(workbench.get().theme) === 'dark' ? 'light' : 'dark'),
  'language.english': () => setLanguage('en'),
  'language.indonesian': () => setLanguage('id'),
  'workspace.refresh': refreshWorkspace,
  'help.about': showAbout,
  ...PLAN_COMMAND_HANDLERS,
  ...PACKAGE_COMMAND_HANDLERS,
  'graph.showGlobal': openGlobalGraph,
  'graph.showLocal': openLocalGraph,
  'network.show': openNetwork,
};

export function registerWorkbenchCommands(registry: CommandRegistry): Disposable {
  return combineDisposables(
    Object.entries(WORKBENCH_COMMAND_HANDLERS).map(([id, handler]) => registry.registerCommand(id, handler)),
  );
}
