// Handlers of the plan and template commands (palette, menus): they act on the active plan tab.
import { showView, workbench } from '../../state/workbench-store';
import { parseTabId } from '../../state/tabs';
import { notify } from '../notifications/notifications';
import { createNewTemplate, importTemplateFile, openTemplate } from '../templates/template-actions';
import { createOutputs } from './plan-actions';
import { planCache } from './plan-cache';
import { exportPdf, exportReport, printReport } from './plan-reports';
import { openNewPlanDialog } from './new-plan-store';
import type { CommandHandler } from '../../commands/registry';

/** The plan of the active tab, or null (with a hint) when no plan is active. */
function activePlanId(): string | null {
  const parsed = parseTabId(workbench.get().activeTab ?? '');
  if (parsed?.kind === 'plan') return parsed.id;
  notify('info', 'plans.noActivePlan', {});
  return null;
}

function withPlan(run: (id: string) => Promise<unknown>): CommandHandler {
  return async () => {
    const id = activePlanId();
    if (id) await run(id);
  };
}

export const PLAN_COMMAND_HANDLERS: Record<string, CommandHandler> = {
  'plans.new': () => {
    showView('plans');
    openNewPlanDialog();
  },
  'plans.exportHtml': withPlan((id) => exportReport(id, 'html')),
  'plans.exportMarkdown': withPlan((id) => exportReport(id, 'md')),
  'plans.print': withPlan(printReport),
  'plans.exportPdf': withPlan(exportPdf),
  'plans.createOutputs': withPlan((id) => createOutputs(id)),
  'templates.open': () => {
    const parsed = parseTabId(workbench.get().activeTab ?? '');
    const plan = parsed?.kind === 'plan' ? planCache.get().byId[parsed.id]?.plan : null;
    if (plan) openTemplate(plan.templateId);
    else showView('plans');
  },
  'templates.new': createNewTemplate,
  'templates.import': importTemplateFile,
};
