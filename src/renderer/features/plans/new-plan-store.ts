// Whether the "New plan" dialog is open (opened from the dashboard button or the plans.new command).
import { createStore } from '../../state/store';

export const newPlanDialog = createStore<{ open: boolean; templateId: string | null }>({ open: false, templateId: null });

export function openNewPlanDialog(templateId: string | null = null): void {
  newPlanDialog.set({ open: true, templateId });
}

export function closeNewPlanDialog(): void {
  newPlanDialog.set({ open: false, templateId: null });
}
