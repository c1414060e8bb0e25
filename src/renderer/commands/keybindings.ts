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

export function installKeybindings(registry: CommandRegistry): Disposable {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const inText = isTextTarget(e.target);
    for (const cmd of COMMANDS) {
      if (!cmd.keybinding || !matchesKeybinding(cmd.keybinding, e, IS_MAC)) continue;
      if (inText && !allowedInText(cmd.keybinding)) return;
      e.preventDefault();
      e.stopPropagation();
      if (noteCommandRun(cmd.id, 'keybinding')) void registry.executeCommand(cmd.id);
      return;
    }
  };
  window.addEventListener('keydown', onKeyDown, true);
  return toDisposable(() => window.removeEventListener('keydown', onKeyDown, true));
}
