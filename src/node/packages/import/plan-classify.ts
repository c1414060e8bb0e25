// Classifies each package plan against this workspace (new, updated, conflict, unchanged), as classify.ts does for notes.
import type { Database } from 'better-sqlite3';
import type { ImportNotePreview } from '../../../common/api/methods/packages';
import type { Template } from '../../../common/templates/template-types';
import { PlanStore } from '../../store/plan-store';
import type { PlanRecord } from '../../store/plan-store';
import type { PackagePlanEntry } from './plan-content';
import { localPlanContent, planContentHash, recordContent } from './plan-local';
import type { PlanIdMaps } from './plan-local';
import { TemplateResolver } from './plan-templates';
import type { ResolvedTemplate } from './plan-templates';
import type { LocalRefs } from './local-refs';

export interface ClassifiedPlan {
  entry: PackagePlanEntry;
  /** Where the plan was made: the exporting workspace and the plan's id there. */
  origin: { workspaceId: string; planId: string };
  status: ImportNotePreview['status'];
  localId: string | null;
  mine: PlanRecord | null;
  provenance: { plan_id: string; base_hash: string } | null;
  resolved: ResolvedTemplate;
  /** The local domain it is (or stays) in. */
  domainId: string | null;
  /** Hash of theirs as it would be written here (notes not written yet count as placeholders). */
  localHash: string;
}

export interface PlanClassifyContext {
  db: Database;
  /** This workspace's id, or null when none was ever created. */
  workspaceId: string | null;
  /** manifest.creator.workspaceId. */
  originWorkspace: string;
  refs: LocalRefs;
  builtins: ReadonlyMap<string, Template>;
  /** Package note id → the local note it is matched to (null while it is new). */
  noteIds: ReadonlyMap<string, string | null>;
}

/** The id maps of a classification or a write: note ids through `note`, members and domains through local-refs. */
export function planIdMaps(refs: LocalRefs, note: (id: string) => string | null): PlanIdMaps {
  return { members: refs.members, domains: refs.domains, note };
}

export function classifyPlans(entries: readonly PackagePlanEntry[], ctx: PlanClassifyContext): ClassifiedPlan[] {
  const { db } = ctx;
  const store = new PlanStore(db);
  const resolver = new TemplateResolver(db, ctx.builtins, ctx.originWorkspace);
  const byOrigin = db.prepare(
    `SELECT p.plan_id, p.base_hash FROM plan_provenance p JOIN plans ON plans.id = p.plan_id
     WHERE p.origin_workspace = ? AND p.origin_plan_id = ? ORDER BY p.imported_at, p.plan_id LIMIT 1`,
  );
  const provOf = db.prepare('SELECT plan_id, base_hash FROM plan_provenance WHERE plan_id = ?');
  const maps = planIdMaps(ctx.refs, (id) => (ctx.noteIds.has(id) ? (ctx.noteIds.get(id) ?? `new:${id}`) : null));

  return entries.map((entry): ClassifiedPlan => {
    const origin = { workspaceId: ctx.originWorkspace, planId: entry.plan.id };
    let localId: string | null = null;
    let provenance: ClassifiedPlan['provenance'] = null;
    // One of ours coming back keeps its id; a plan from elsewhere maps through plan_provenance.
    if (origin.workspaceId === ctx.workspaceId && store.find(origin.planId)) {
      localId = origin.planId;
      provenance = (provOf.get(localId) as ClassifiedPlan['provenance'] | undefined) ?? null;
    } else {
      provenance = (byOrigin.get(origin.workspaceId, origin.planId) as ClassifiedPlan['provenance'] | undefined) ?? null;
      localId = provenance?.plan_id ?? null;
    }
    const mine = localId ? store.get(localId) : null;
    const resolved = resolver.resolve(entry.template);
    const domainId = mine ? mine.domainId : entry.plan.domainId === null ? null : (ctx.refs.domains.get(entry.plan.domainId) ?? null);
    const localHash = planContentHash(localPlanContent(entry, resolved.template, domainId, maps));
    let status: ClassifiedPlan['status'];
    if (!mine) status = 'new';
    else {
      const mineHash = planContentHash(recordContent(mine));
      if (localHash === mineHash || localHash === provenance?.base_hash) status = 'unchanged';
      else if (provenance && mineHash === provenance.base_hash) status = 'updated';
      else status = 'conflict';
    }
    return { entry, origin, status, localId, mine, provenance, resolved, domainId, localHash };
  });
}

/** Whether writing the plans would change anything (a re-import of the same package writes nothing). */
export function plansHaveWork(plans: readonly ClassifiedPlan[]): boolean {
  return plans.some((p) => p.status !== 'unchanged' || (p.provenance !== null && p.provenance.base_hash !== p.localHash));
}
