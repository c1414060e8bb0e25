// previewImport / importPackage: verify the archive (archive-reader), parse its content, classify, then apply in one transaction.
import type { Database } from 'better-sqlite3';
import type { ImportPreview, ImportReport, ImportStrategy } from '../../../common/api/methods/packages';
import type { SignatureStatus } from '../../../common/packages/manifest-types';
import { throwIfCancelled } from '../task-registry';
import { existingWorkspaceId } from '../workspace-id';
import { openPackage } from './open-package';
import { applyImport, effectiveChoice } from './apply-import';
import { classifyNotes } from './classify';
import type { ClassifiedNote } from './classify';
import { parsePackageContent } from './package-content';
import type { PackageContent } from './package-content';
import { mapLocalRefs } from './local-refs';
import type { LocalRefs } from './local-refs';
import type { DomainTitles } from './local-names';
import { classifyPackagePlans, planCounts, planPreviews, planStep } from './plan-import';
import type { ClassifiedPlan } from './plan-classify';

export interface ImportContext {
  db: Database;
  workspaceDir: string;
  now: () => string;
  signal?: AbortSignal;
  /** done/total over two passes of the notes: classifying (first half), writing (second half). */
  onProgress?: (done: number, total: number) => void;
  beforeCommit?: () => void;
}

interface Planned {
  content: PackageContent;
  signature: SignatureStatus;
  signatureKey: string | null;
  refs: LocalRefs;
  notes: ClassifiedNote[];
  titles: DomainTitles;
  plans: ClassifiedPlan[];
}

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads and verifies the package (nothing written), then maps and classifies it against the workspace. */
async function plan(path: string, ctx: ImportContext): Promise<Planned> {
  const pkg = await openPackage(ctx.db, path, ctx.signal);
  throwIfCancelled(ctx.signal);
  const content = parsePackageContent(pkg.manifest, pkg.files);
  await yieldNow();
  throwIfCancelled(ctx.signal);
  const refs = mapLocalRefs(ctx.db, ctx.workspaceDir, content);
  const total = content.notes.length * 2;
  const { notes, titles } = classifyNotes(content.notes, {
    db: ctx.db,
    workspaceId: existingWorkspaceId(ctx.db),
    creatorName: content.manifest.creator.name,
    refs,
    onNote: (i) => {
      if (i % 200 === 0) ctx.onProgress?.(i, total);
    },
  });
  ctx.onProgress?.(content.notes.length, total);
  await yieldNow();
  throwIfCancelled(ctx.signal);
  const plans = classifyPackagePlans(ctx.db, content, refs, notes);
  return { content, signature: pkg.signature, signatureKey: pkg.signatureKey, refs, notes, titles, plans };
}

export async function previewImport(path: string, ctx: ImportContext): Promise<ImportPreview> {
  const p = await plan(path, ctx);
  const { manifest } = p.content;
  return {
    manifest: {
      packageId: manifest.packageId,
      packageVersion: manifest.packageVersion,
      title: manifest.title,
      description: manifest.description,
      createdAt: manifest.createdAt,
      creator: manifest.creator,
      counts: manifest.counts,
    },
    signature: p.signature,
    notes: p.notes.map((n) => ({
      sourceId: n.theirs.id,
      title: n.theirs.title,
      status: n.status,
      localId: n.localId,
      mine: n.mine ? { title: n.mine.title, body: n.mine.body } : null,
      theirs: { title: n.theirs.title, body: n.theirs.body },
    })),
    plans: planPreviews(p.plans),
  };
}

export async function importPackage(
  path: string,
  opts: { strategy: ImportStrategy; choices: Record<string, ImportStrategy>; dryRun: boolean },
  ctx: ImportContext,
): Promise<ImportReport & { written: boolean; changedPlans: { id: string; change: 'created' | 'updated' }[] }> {
  const p = await plan(path, ctx);
  const count = (s: ClassifiedNote['status']) => p.notes.filter((n) => n.status === s).length;
  const n = p.notes.length;
  const report = {
    packageId: p.content.manifest.packageId,
    packageVersion: p.content.manifest.packageVersion,
    added: count('new'),
    updated: count('updated'),
    conflicts: count('conflict'),
    unchanged: count('unchanged'),
    keptBoth: 0,
    dryRun: opts.dryRun,
    ...planCounts(p.plans),
    written: false,
    changedPlans: [] as { id: string; change: 'created' | 'updated' }[],
  };
  if (opts.dryRun) {
    report.keptBoth = p.notes.filter((x) => x.status !== 'new' && x.status !== 'unchanged' && effectiveChoice(x, opts.strategy, opts.choices) === 'keep-both').length;
    ctx.onProgress?.(2 * n, 2 * n);
    return report;
  }
  const plans = planStep({ db: ctx.db, manifest: p.content.manifest, creatorKey: p.signatureKey, refs: p.refs, plans: p.plans, strategy: opts.strategy, choices: opts.choices, now: ctx.now() });
  const applied = applyImport({
    db: ctx.db,
    workspaceDir: ctx.workspaceDir,
    manifest: p.content.manifest,
    creatorKey: p.signatureKey,
    refs: p.refs,
    notes: p.notes,
    titles: p.titles,
    strategy: opts.strategy,
    choices: opts.choices,
    now: ctx.now(),
    signal: ctx.signal,
    onProgress: (done) => {
      if (done % 200 === 0) ctx.onProgress?.(n + done, 2 * n);
    },
    beforeCommit: ctx.beforeCommit,
    plans,
  });
  ctx.onProgress?.(2 * n, 2 * n);
  return { ...report, keptBoth: applied.keptBoth, written: applied.written, changedPlans: plans.changes };
}
