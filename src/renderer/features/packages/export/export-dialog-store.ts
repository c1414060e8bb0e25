// Whether the package export dialog is open, and what it starts with (a domain from the explorer, or nothing).
import { createStore } from '../../../state/store';

export interface ExportDialogState {
  open: boolean;
  /** Domains ticked when the dialog opens. */
  domainIds: string[];
  /** Bumped on every open so the dialog starts from a fresh form. */
  session: number;
}

export const exportDialog = createStore<ExportDialogState>({ open: false, domainIds: [], session: 0 });

export function openExportDialog(preset: { domainIds?: string[] } = {}): void {
  exportDialog.set((s) => ({ open: true, domainIds: preset.domainIds ?? [], session: s.session + 1 }));
}

export function closeExportDialog(): void {
  exportDialog.set((s) => (s.open ? { ...s, open: false } : s));
}
