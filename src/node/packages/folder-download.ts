// Folder exports for UIs without file paths: resolve a package selection to its notes, write the folder export into
// a private temp folder, zip it into a staged download, and remove the temp folder whatever happens.
import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackageSelection } from '../../common/packages/manifest-types';
import { AppError } from '../../common/errors';
import type { PlanService } from '../plans/plan-service';
import { collectContent } from './export/collect-content';
import { packageFileName } from './export/package-file-name';
import { zipFolder } from './folder-zip';
import type { StagingArea } from './staging-area';
import { workspaceId } from './workspace-id';

/** The notes a package export of this selection would contain (same resolution: depth, plan outputs, exclusions). */
export function selectionNoteIds(db: Database, plans: PlanService, selection: PackageSelection): Set<string> {
  const ids = new Set(collectContent(db, plans, selection, workspaceId(db)).notes.map((n) => n.note.id));
  if (ids.size === 0) throw new AppError('INVALID_INPUT', 'The selection holds no notes: choose domains, tags, kinds, stages, plans or notes to export');
  return ids;
}

/** Runs a folder export into a temp folder and stages it as "<title>-<suffix>.zip"; returns its result plus downloadId and fileName. */
export function exportFolderAsDownload<T>(
  staging: StagingArea,
  title: string,
  suffix: string,
  write: (outDir: string) => T,
): T & { downloadId: string; fileName: string } {
  const stem = packageFileName(`${title} ${suffix}`).replace(/\.copkg$/, '');
  const fileName = `${stem}.zip`;
  const tmp = mkdtempSync(join(tmpdir(), 'copw-folder-export-'));
  const staged = staging.beginDownload(fileName);
  try {
    const result = write(join(tmp, stem));
    zipFolder(join(tmp, stem), staged.path, stem);
    return { ...result, downloadId: staged.id, fileName };
  } catch (err) {
    staging.release(staged.id);
    throw err;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
