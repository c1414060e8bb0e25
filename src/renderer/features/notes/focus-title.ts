// notes.rename (F2): focuses and selects the active note's title; Enter or leaving the field commits the rename.
import { activeNoteId } from '../backlinks/active-note';
import { notify } from '../notifications/notifications';

export function focusNoteTitle(): void {
  const id = activeNoteId();
  const input = id ? document.querySelector<HTMLInputElement>(`[data-editor-for="note:${CSS.escape(id)}"] [data-testid="note-title"]`) : null;
  if (!input) {
    notify('warning', 'rename.noNote');
    return;
  }
  input.focus();
  input.select();
}
