// Glue between the import pipeline and plans: classify after the notes, counts for preview/report, the write step for apply-import.
import type { Database } from 'better-sqlite3';
import type { ImportPreview, ImportReport, ImportStrategy } from '../../../common/api/methods/packages';
import type { PackageManifest } from '../../../common/packages/manifest-types';
import { loadBuiltinTemplates } from '../../templates/builtin-templates';
import { existingWorkspaceId } from '../workspace-id';
import { applyPlans } from './apply-plans';
import type { PlanChange } from './apply-plans';
import type { ClassifiedNote } from './classify';
import { creatorLabel } from './local-names';
import type { LocalRefs } from './local-refs';
import type { PackageContent } from './package-content';
import { classifyPlans, plansHaveWork } from './plan-classify';
import type { ClassifiedPlan } from './plan-classify';

/** Classifies the package's plans once its notes are classified (their local ids map the plans' note references). */
export function classifyPackagePlans(db: Database, content: PackageContent, refs: LocalRefs, notes: readonly ClassifiedNote[]): ClassifiedPlan[] {
  if (!content.plans.length) return [];
  return classifyPlans(content.plans, {
    db,
    workspaceId: existingWorkspaceId(db),
    originWorkspace: content.manifest.creator.workspaceId,
    refs,
    builtins: loadBuiltinTemplates(),
    noteIds: new Map(notes.map((n) => [n.theirs.id, n.localId])),
  });
}

export function planPreviews(plans: readonly ClassifiedPlan[]): ImportPreview['plans'] {
  return plans.map((p) => ({ sourceId: p.entry.plan.id, title: p.entry.plan.title, status: p.status }));
}

export function planCounts(plans: readonly ClassifiedPlan[]): Pick<ImportReport, 'plansAdded' | 'plansUpdated' | 'plansConflicts'> {
  const n = (s: ClassifiedPlan['status']) => plans.filter((p) => p.status === s).length;
  return { plansAdded: n('new'), plansUpdated: n('updated'), plansConflicts: n('conflict') };
}

/** The step apply-import runs inside its transaction after the notes; `changes` holds what it wrote once it ran. */
export interface PlanStep {
  hasWork: boolean;
  apply(localNoteIds: ReadonlyMap<string, string>, here: string): void;
  changes: PlanChange[];
}

export function planStep(input: {
  db: Database;
  manifest: PackageManifest;
  creatorKey: string | null;
  refs: LocalRefs;
  plans: readonly ClassifiedPlan[];
  strategy: ImportStrategy;
  choices: Record<string, ImportStrategy>;
  now: string;
}): PlanStep {
  const creator = creatorLabel(input.manifest.creator.name);
  const step: PlanStep = {
    hasWork: plansHaveWork(input.plans),
    changes: [],
    apply(localNoteIds, here) {
      if (!input.plans.length) return;
      const reason = `import: "${input.manifest.title.slice(0, 120)}" v${input.manifest.packageVersion} from ${creator}`;
      step.changes = applyPlans({ ...input, creator, reason, here, localNoteIds }).changes;
    },
  };
  return step;
}
