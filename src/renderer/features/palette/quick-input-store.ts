// State of the quick input overlay: the command palette or quick open of notes (typing ">" there switches to commands).
import { createStore } from '../../state/store';

export type QuickInputMode = 'commands' | 'notes';

export const quickInput = createStore<{ open: boolean; mode: QuickInputMode; openCount: number }>({
  open: false,
  mode: 'notes',
  openCount: 0,
});

export function openQuickInput(mode: QuickInputMode): void {
  quickInput.set((s) => ({ open: true, mode, openCount: s.openCount + 1 }));
}

export function closeQuickInput(): void {
  quickInput.set((s) => (s.open ? { ...s, open: false } : s));
}

/** Typed first in quick open, switches to the command palette (as in VS Code). */
export const COMMAND_PREFIX = '>';
