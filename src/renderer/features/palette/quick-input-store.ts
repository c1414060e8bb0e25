// State of the quick input overlay: the command palette (text starting with ">") or quick open (note titles).
import { createStore } from '../../state/store';

export const quickInput = createStore<{ open: boolean; initialValue: string; openCount: number }>({
  open: false,
  initialValue: '',
  openCount: 0,
});

export function openQuickInput(initialValue: string): void {
  quickInput.set((s) => ({ open: true, initialValue, openCount: s.openCount + 1 }));
}

export function closeQuickInput(): void {
  quickInput.set((s) => (s.open ? { ...s, open: false } : s));
}

export const COMMAND_PREFIX = '>';
