// The one global keydown listener: matches catalogue keybindings and runs their commands.
import { COMMANDS, matchesKeybinding } from '../../common/commands';
import { toDisposable, type Disposable } from '../../common/disposable';
import { IS_MAC } from './platform';
import { noteCommandRun } from './dedupe';
import type { CommandRegistry } from './registry';

function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** In text fields only Mod-based bindings and function keys are taken; everything else is typing. */
function allowedInText(binding: string): boolean {
  return /(^|\+)(Mod|Ctrl)\+/i.test(binding) || /(^|\+)F\d{1,2}$/.test(binding);
}

/** `isBlocked` is true while a modal dialog is open: keybindings do nothing until it is answered. */
export function installKeybindings(registry: CommandRegistry, isBlocked: () => boolean = () => false): Disposable {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const cmd = COMMANDS.find((c) => c.keybinding && matchesKeybinding(c.keybinding, e, IS_MAC));
    if (!cmd?.keybinding) return;
    if (isTextTarget(e.target) && !allowedInText(cmd.keybinding)) return;
    // Taken even while blocked, so the browser's own shortcut (e.g. save page) does not run instead.
    e.preventDefault();
    e.stopPropagation();
    if (isBlocked()) return;
    if (noteCommandRun(cmd.id, 'keybinding')) void registry.executeCommand(cmd.id);
  };
  window.addEventListener('keydown', onKeyDown, true);
  return toDisposable(() => window.removeEventListener('keydown', onKeyDown, true));
}
