// Wires the running workbench: commands, keys, menus, theme, language, persistence, events and first loads.
import type { ApiClient } from '../../common/api/contract';
import type { DesktopBridge } from '../../common/api/bridge';
import { combineDisposables, type Disposable } from '../../common/disposable';
import { assertAllCommandsHandled } from '../commands/assert-handlers';
import { installKeybindings } from '../commands/keybindings';
import { installMenuBridge } from '../commands/menu-bridge';
import { commandRegistry } from '../commands/registry';
import { registerWorkbenchCommands } from '../commands/workbench-commands';
import { dialogs } from '../features/dialogs/dialog-store';
import { flushAllDrafts, loadNote } from '../features/notes/note-drafts';
import { installDraftFlush } from '../features/notes/draft-flush';
import { reportError } from '../features/notifications/report-error';
import { log } from '../features/output/output-log';
import { loadPlan } from '../features/plans/plan-cache';
import { installPlanEvents } from '../features/plans/plan-events';
import { data, refreshAll } from '../state/data-store';
import { installPersistence } from '../state/persistence';
import { installEventRefresh } from '../state/refresh';
import { installSettingsSync } from '../state/settings-sync';
import { parseTabId } from '../state/tabs';
import { workbench } from '../state/workbench-store';
import { installThemeSync } from '../theme/theme';
import { i18n } from '../i18n/i18n';

export function startWorkbench(api: ApiClient, bridge: DesktopBridge | null): Disposable {
  commandRegistry.onError((err, id) => reportError(err, 'errors.command', { command: id }));
  const disposables = [
    registerWorkbenchCommands(commandRegistry),
    installKeybindings(commandRegistry, () => dialogs.get().queue.length > 0),
    installMenuBridge(bridge, commandRegistry),
    installThemeSync(),
    installSettingsSync(bridge),
    installPersistence(api, (err) => reportError(err, 'errors.saveLayout')),
    installEventRefresh(api),
    installDraftFlush(flushAllDrafts),
    installPlanEvents(api),
  ];
  assertAllCommandsHandled(commandRegistry);

  for (const tab of workbench.get().tabs) {
    const parsed = parseTabId(tab);
    if (parsed?.kind === 'note') void loadNote(parsed.id);
    if (parsed?.kind === 'plan') void loadPlan(parsed.id);
  }
  void refreshAll().then(() => {
    const info = data.get().info;
    if (info) {
      log('info', 'output.workspaceOpened', { name: info.name, path: info.path });
      document.title = `${info.name} — ${i18n.t('app.name')}`;
    }
  });
  return combineDisposables(disposables);
}
