// The one in-app modal dialog at a time (save changes?, text input, about) and promise-returning openers.
import { createStore } from '../../state/store';

export type SaveChoice = 'save' | 'dontSave' | 'cancel';

export interface InputDialogOptions {
  titleKey: string;
  promptKey: string;
  placeholderKey: string;
  okKey: string;
  /** Extra text under the prompt (already translated parameters are passed to the prompt key). */
  params?: Record<string, string>;
  initialValue?: string;
  /** Runs on OK; returns an error message to show (dialog stays open) or null to close. */
  submit(value: string): Promise<string | null>;
}

export interface ConfirmOptions {
  titleKey: string;
  detailKey: string;
  okKey: string;
  params?: Record<string, string>;
}

export type DialogSpec =
  | { kind: 'confirmSave'; name: string; resolve(choice: SaveChoice): void }
  | { kind: 'input'; options: InputDialogOptions; resolve(done: boolean): void }
  | { kind: 'confirm'; options: ConfirmOptions; resolve(ok: boolean): void }
  | { kind: 'about'; resolve(): void };

export const dialogs = createStore<{ queue: DialogSpec[] }>({ queue: [] });

function push(spec: DialogSpec): void {
  dialogs.set((s) => ({ queue: [...s.queue, spec] }));
}

/** Closes the front dialog. */
export function closeDialog(spec: DialogSpec): void {
  dialogs.set((s) => ({ queue: s.queue.filter((d) => d !== spec) }));
}

export function askSaveChanges(name: string): Promise<SaveChoice> {
  return new Promise((resolve) => push({ kind: 'confirmSave', name, resolve }));
}

export function askInput(options: InputDialogOptions): Promise<boolean> {
  return new Promise((resolve) => push({ kind: 'input', options, resolve }));
}

export function showAbout(): Promise<void> {
  return new Promise((resolve) => push({ kind: 'about', resolve }));
}

export function askConfirm(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => push({ kind: 'confirm', options, resolve }));
}
