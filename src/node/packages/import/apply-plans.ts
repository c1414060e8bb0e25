// Writes classified package plans inside the import's transaction: new plans, take-theirs, keep-both copies, templates, plan provenance.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ImportStrategy } from '../../../common/api/methods/packages';
import type { PackageManifest } from '../../../common/packages/manifest-types';
import type { Template } from '../../../common/templates/template-types';
import { buildPlan } from '../../plans/plan-view';
import { createWorkspaceLookup } from '../../plans/workspace-lookup';
import { PlanStore } from '../../store/plan-store';
import type { PlanRecord } from '../../store/plan-store';
import { TemplateRows } from '../../templates/template-rows';
import { fromTitle } from './local-names';
import type { LocalRefs } from './local-refs';
import type { ClassifiedPlan } from './plan-classify';
import { planIdMaps } from './plan-classify';
import { localPlanContent, planContentHash } from './plan-local';
import type { LocalPlanContent } from './plan-local';
import type { ResolvedTemplate } from './plan-templates';

export interface ApplyPlansInput {
  db: Database;
  manifest: PackageManifest;
  creatorKey: string | null;
  /** creatorLabel(manifest.creator.name): used in keep-both titles. */
  creator: string;
  /** The version summary, the same text as the notes' version reason: `import: "<title>" v<N> from <creator>`. */
  reason: string;
  refs: LocalRefs;
  plans: readonly ClassifiedPlan[];
  strategy: ImportStrategy;
  /** Per package plan id (the same map as the notes' choices, keyed by package ids). */
  choices: Record<string, ImportStrategy>;
  now: string;
  /** This workspace's id (keep-both copies get it as their origin). */
  here: string;
  /** Package note id → local note id, as the notes were just written. */
  localNoteIds: ReadonlyMap<string, string>;
}

export interface PlanChange {
  id: string;
  change: 'created' | 'updated';
}

/** What to do with one plan: updated plans take theirs unless a per-plan choice says otherwise; conflicts follow the strategy. */
export function planChoice(p: ClassifiedPlan, strategy: ImportStrategy, choices: Record<string, ImportStrategy>): ImportStrategy {
  return choices[p.entry.plan.id] ?? (p.status === 'updated' ? 'take-theirs' : strategy);
}

/** Call inside the import transaction, after the notes are written. Returns the plans created or changed. */
export function applyPlans(input: ApplyPlansInput): { changes: PlanChange[]; keptBoth: number } {
  const { db, manifest, now } = input;
  const store = new PlanStore(db);
  const templates = new TemplateRows(db);
  const stored = new Set<string>();
  const changes: PlanChange[] = [];
  let keptBoth = 0;
  const today = now.slice(0, 10);
  const maps = planIdMaps(input.refs, (id) => input.localNoteIds.get(id) ?? null);

  const upsertProvenance = db.prepare(
    `INSERT INTO plan_provenance (plan_id, origin_workspace, origin_plan_id, package_id, package_version, creator_name, creator_key, imported_at, base_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (plan_id) DO UPDATE SET origin_workspace = excluded.origin_workspace, origin_plan_id = excluded.origin_plan_id,
       package_id = excluded.package_id, package_version = excluded.package_version, creator_name = excluded.creator_name,
       creator_key = excluded.creator_key, imported_at = excluded.imported_at, base_hash = excluded.base_hash`,
  );
  const provenance = (planId: string, origin: { workspaceId: string; planId: string }, hash: string) =>
    upsertProvenance.run(planId, origin.workspaceId, origin.planId, manifest.packageId, manifest.packageVersion, manifest.creator.name, input.creatorKey, now, hash);
  const templateOrigin = db.prepare('INSERT OR IGNORE INTO template_provenance (template_id, version, origin_workspace, package_id, imported_at) VALUES (?, ?, ?, ?, ?)');

  /** Stores the plan's template when the resolver said so (once per id@version). */
  const storeTemplate = (r: ResolvedTemplate) => {
    const key = `${r.template.id}@${r.template.version}`;
    if (r.action !== 'insert' || stored.has(key)) return;
    stored.add(key);
    templates.insert(r.template, now);
    templateOrigin.run(r.template.id, r.template.version, manifest.creator.workspaceId, manifest.packageId, now);
  };
  const currentPhase = (rec: PlanRecord, template: Template) => buildPlan(rec, template, createWorkspaceLookup(db), today, null).currentPhase;

  const insert = (c: LocalPlanContent, title: string): string => {
    const rec: PlanRecord = { ...c, title, id: randomUUID(), revision: 1, createdAt: now, updatedAt: now };
    store.insert(rec, currentPhase(rec, c.template!), input.reason);
    return rec.id;
  };

  for (const p of input.plans) {
    const c = localPlanContent(p.entry, p.resolved.template, p.domainId, maps);
    const hash = planContentHash(c);
    if (p.status === 'new') {
      storeTemplate(p.resolved);
      const id = insert(c, c.title);
      provenance(id, p.origin, hash);
      changes.push({ id, change: 'created' });
      continue;
    }
    const localId = p.localId!;
    if (p.status === 'unchanged') {
      if (p.provenance && p.provenance.base_hash !== hash) provenance(localId, p.origin, hash);
      continue;
    }
    const choice = planChoice(p, input.strategy, input.choices);
    if (choice === 'take-theirs') {
      storeTemplate(p.resolved);
      const mine = store.get(localId);
      const draft: PlanRecord = { ...mine, ...c, domainId: mine.domainId, updatedAt: now };
      store.save(draft, currentPhase(draft, c.template!), input.reason, now);
      // PlanStore.save keeps template_id (plans never change it); a renamed template line can.
      if (mine.templateId !== c.templateId) db.prepare('UPDATE plans SET template_id = ? WHERE id = ?').run(c.templateId, localId);
      changes.push({ id: localId, change: 'updated' });
    } else if (choice === 'keep-both') {
      storeTemplate(p.resolved);
      const copy = { ...c, title: fromTitle(c.title, input.creator) };
      const copyId = insert(copy, copy.title);
      // The copy is a plan of its own (origin here): a later version of the package never matches it.
      provenance(copyId, { workspaceId: input.here, planId: copyId }, planContentHash(copy));
      changes.push({ id: copyId, change: 'created' });
      keptBoth++;
    }
    // Every resolution acknowledges theirs: the same package again is then unchanged.
    provenance(localId, p.origin, hash);
  }
  return { changes, keptBoth };
}
