// Builds the API view of a plan (phases, progress, blockers, outputs, overdue tasks) from its stored record.
import type { Plan, PlanSummary, PlanTask } from '../../common/api/methods/plans';
import { currentPhaseOf, overallProgress, phaseStates } from '../../common/plans/phase-state';
import type { Template } from '../../common/templates/template-types';
import type { PlanRecord } from '../store/plan-store';
import { planOutputs } from './plan-outputs';
import type { PlanTextContext } from './plan-outputs';
import type { WorkspaceLookup } from './workspace-lookup';

export function textContext(rec: PlanRecord, template: Template, lookup: WorkspaceLookup, today: string): PlanTextContext {
  return { template, data: rec.data, lang: rec.lang, title: rec.title, domainId: rec.domainId, coordinatorId: rec.coordinatorId, today, lookup };
}

/**
 * Tasks whose owner was deleted keep the owner id (nothing lost) and carry `ownerMissing: true` so the UI and
 * reports can show "(removed member)"; assigning a member again clears it.
 */
export function buildPlan(rec: PlanRecord, template: Template, lookup: WorkspaceLookup, today: string, latestVersion: number | null): Plan {
  const outputs = planOutputs(textContext(rec, template, lookup, today));
  const phases = phaseStates(template, rec.data, outputs);
  const current = currentPhaseOf(phases);
  const tasks: PlanTask[] = rec.data.tasks.map((t) => ({ ...t, ownerMissing: t.ownerId !== null && !lookup.memberExists(t.ownerId) }));
  const summary: PlanSummary = {
    id: rec.id,
    title: rec.title,
    domainId: rec.domainId,
    domainName: lookup.domainName(rec.domainId),
    templateId: rec.templateId,
    templateVersion: rec.templateVersion,
    templateName: template.name,
    status: rec.status,
    lang: rec.lang,
    currentPhase: current?.id ?? '',
    currentPhaseTitle: current?.title ?? { en: '', id: '' },
    progress: overallProgress(phases),
    overdueTasks: tasks.filter((t) => t.status !== 'done' && t.due !== null && t.due < today).length,
    updatedAt: rec.updatedAt,
  };
  return {
    ...summary,
    coordinatorId: rec.coordinatorId,
    startedAt: rec.startedAt,
    template,
    values: rec.data.values,
    phases,
    tasks,
    meetings: rec.data.meetings,
    outputs,
    revision: rec.revision,
    templateUpdate: latestVersion !== null && latestVersion > rec.templateVersion ? latestVersion : null,
  };
}
