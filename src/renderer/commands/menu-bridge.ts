// Runs commands chosen from the native desktop menu (delivered through window.copw.onMenuCommand).
import { toDisposable, type Disposable } from '../../common/disposable';
import type { DesktopBridge } from '../../common/api/bridge';
import { noteCommandRun } from './dedupe';
import type { CommandRegistry } from './registry';

export function installMenuBridge(bridge: DesktopBridge | null, registry: CommandRegistry): Disposable {
  if (!bridge) return toDisposable(() => undefined);
  const off = bridge.onMenuCommand((id) => {
    if (noteCommandRun(id, 'menu')) void registry.executeCommand(id);
  });
  return toDisposable(off);
}
