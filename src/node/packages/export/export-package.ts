// Writes a .copkg for a selection: collect, render entries, manifest (id/version per selection), optional signature,
// atomic write through writePackage, then the exported version and an 'export' sharing event in one transaction.
import type { Database } from 'better-sqlite3';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ExportResult } from '../../../common/api/methods/packages';
import { AppError } from '../../../common/errors';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from '../../../common/packages/manifest-types';
import type { PackageCreator, PackageManifest, PackageSelection } from '../../../common/packages/manifest-types';
import type { PlanService } from '../../plans/plan-service';
import { EntryDeflater } from '../archive-deflate';
import { writePackage } from '../archive-writer';
import type { PackageEntryData } from '../archive-writer';
import { throwIfCancelled } from '../task-registry';
import { workspaceId } from '../workspace-id';
import { collectContent } from './collect-content';
import type { ExportContent } from './package-content';
import { checkOutPath } from './out-path';
import { attachmentEntries, renderNoteEntries, renderSharedEntries } from './render-entries';
import { nextPackageVersion, recordExportedVersion, selectionKey } from './selection-key';

/** The workspace's signing identity as export needs it (provided by ../identity). */
export interface ExportIdentity {
  keyId: string;
  publicKey: string;
  privateKeyPem: string;
  memberId: string | null;
}

export interface ExportOptions {
  db: Database;
  workspaceDir: string;
  appVersion: string;
  now: string;
  plans: PlanService;
  /** The identity: `create` true makes one when missing (signing); false returns null when none exists yet. */
  identity(create: boolean): ExportIdentity | null;
  selection: PackageSelection;
  outPath: string;
  title: string;
  description: string;
  sign: boolean;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

/** How often the note loop checks for cancel and lets other calls (packages.cancel) run. */
const YIELD_EVERY = 500;

export async function exportPackage(o: ExportOptions): Promise<Omit<ExportResult, 'fileName' | 'downloadId'>> {
  // Note entries are deflated on a second thread while the others are rendered (archive-deflate); always stopped here.
  const deflater = new EntryDeflater();
  try {
    return await exportWith(o, deflater);
  } finally {
    await deflater.close();
  }
}

async function exportWith(o: ExportOptions, deflater: EntryDeflater): Promise<Omit<ExportResult, 'fileName' | 'downloadId'>> {
  const target = checkOutPath(o.outPath, o.workspaceDir);
  const wsId = workspaceId(o.db);
  const content = collectContent(o.db, o.plans, o.selection, wsId);
  if (!content.notes.length && !content.plans.length) {
    throw new AppError('INVALID_INPUT', 'The selection holds no notes and no plans: choose domains, tags, kinds, stages, plans or notes to export');
  }
  const attachments = attachmentEntries(content);
  const entryCount = content.notes.length * 2 + attachments.length + renderSharedEntries(content).length;
  const total = content.notes.length + attachments.length + entryCount + 1;
  let done = 0;
  const step = (n = 1) => {
    done += n;
    o.onProgress?.(done, total);
  };

  const entries: PackageEntryData[] = [];
  for (let i = 0; i < content.notes.length; i++) {
    for (const e of renderNoteEntries(content.notes[i])) {
      entries.push(e);
      deflater.add(e.data);
    }
    if (i % YIELD_EVERY === YIELD_EVERY - 1) {
      step(YIELD_EVERY);
      await yieldToLoop();
      throwIfCancelled(o.signal);
    }
  }
  done = content.notes.length;
  for (const a of attachments) {
    throwIfCancelled(o.signal);
    entries.push({ path: a.path, data: await readAttachment(o.workspaceDir, a.storedPath, a.path) });
    step();
  }
  entries.push(...renderSharedEntries(content));
  throwIfCancelled(o.signal);

  const identity = o.identity(o.sign);
  const key = selectionKey(o.selection);
  const version = nextPackageVersion(o.db, key);
  const creator: PackageCreator = { workspaceId: wsId, memberId: identity?.memberId ?? null, name: creatorName(o.db, identity?.memberId ?? null), publicKey: identity?.publicKey ?? null };
  const manifest: Omit<PackageManifest, 'entries'> = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    appVersion: o.appVersion,
    packageId: version.packageId,
    packageVersion: version.packageVersion,
    title: o.title,
    description: o.description,
    createdAt: o.now,
    creator,
    selection: o.selection,
    counts: countsOf(content),
  };
  const base = done;
  const written = await writePackage(target, entries, {
    manifest,
    sign: o.sign && identity ? { privateKeyPem: identity.privateKeyPem } : undefined,
    signal: o.signal,
    deflater,
    // Capped below total: the task is finished only once the sharing event is recorded (the last report below).
    onProgress: (d) => o.onProgress?.(Math.min(base + d, total - 1), total),
  });
  o.db.transaction(() => {
    recordExportedVersion(o.db, key, { ...version, title: o.title, now: o.now });
    o.db
      .prepare(
        `INSERT INTO sharing_events (kind, package_id, package_version, from_name, from_key, from_workspace, to_workspace, note_ids, at)
         VALUES ('export', ?, ?, ?, ?, ?, NULL, ?, ?)`,
      )
      .run(version.packageId, version.packageVersion, creator.name, identity?.keyId ?? null, wsId, JSON.stringify(content.notes.map((n) => n.note.id)), o.now);
  })();
  o.onProgress?.(total, total);
  return { path: target, packageId: version.packageId, packageVersion: version.packageVersion, counts: manifest.counts, bytes: written.bytes, signed: !!(o.sign && identity) };
}

export function countsOf(c: ExportContent): PackageManifest['counts'] {
  return {
    notes: c.notes.length,
    attachments: attachmentEntries(c).length,
    domains: c.domains.length,
    members: c.members.length,
    plans: c.plans.length,
    templates: c.templates.length,
  };
}

async function readAttachment(workspaceDir: string, storedPath: string, entryPath: string): Promise<Buffer> {
  try {
    return await readFile(join(workspaceDir, storedPath));
  } catch {
    throw new AppError('NOT_FOUND', `The file of attachment ${entryPath} is missing from the workspace (${storedPath}); export without attachments or restore it`);
  }
}

/** Who the package says made it: the identity's member, else the coordinator (or first member), else the workspace name. */
export function creatorName(db: Database, memberId: string | null): string {
  if (memberId) {
    const own = db.prepare('SELECT name FROM members WHERE id = ?').pluck().get(memberId) as string | undefined;
    if (own) return own;
  }
  const member = db
    .prepare(
      `SELECT name FROM members ORDER BY CASE participation WHEN 'coordinator' THEN 0 WHEN 'core' THEN 1 WHEN 'active' THEN 2 ELSE 3 END,
       name COLLATE NOCASE LIMIT 1`,
    )
    .pluck()
    .get() as string | undefined;
  return member ?? ((db.prepare("SELECT value FROM meta WHERE key = 'name'").pluck().get() as string | undefined) ?? 'Workspace');
}
