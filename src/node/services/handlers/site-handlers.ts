// Handlers of the folder exports for members without the app: packages.exportHtml (static offline mini-site) and
// packages.exportMarkdown, by domains or by the same selection as a package; into a folder or as a staged .zip.
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../../../common/api/contract';
import type { PackageSelection } from '../../../common/packages/manifest-types';
import { exportFolderAsDownload, selectionNoteIds } from '../../packages/folder-download';
import { exportSite } from '../../packages/site/export-site';
import type { StagingArea } from '../../packages/staging-area';
import { findResourcesDir } from '../../paths';
import { PlanService } from '../../plans/plan-service';
import { createTemplateSource } from '../../plans/template-source';
import { exportMarkdown } from '../../vault/export-markdown';
import type { HandlerContext } from '../api-handlers';

export function createSiteHandlers(
  ctx: HandlerContext,
  staging: StagingArea,
  resourcesDir: string = findResourcesDir(),
): Pick<ApiHandlers, 'packages.exportHtml' | 'packages.exportMarkdown'> {
  const plans = new PlanService(ctx.db, ctx.clock, createTemplateSource(ctx.db, resourcesDir));
  const progress = (title: string) => {
    const taskId = randomUUID();
    return (done: number, total: number) => ctx.events.emit('task.progress', { taskId, title, done, total, finished: done >= total });
  };
  const noteIds = (selection: Partial<PackageSelection> | undefined) =>
    selection ? selectionNoteIds(ctx.db, plans, selection as PackageSelection) : undefined;
  /** Writes into outDir when given, else into a staged zip named after the title. */
  const run = <T extends { outDir: string }>(outDir: string | undefined, title: string, suffix: string, write: (dir: string) => T) =>
    outDir !== undefined ? write(outDir) : { ...exportFolderAsDownload(staging, title, suffix, write), outDir: '' };

  return {
    async 'packages.exportHtml'({ outDir, domainIds, selection, title }) {
      const ids = noteIds(selection);
      return run(outDir, title ?? 'notes', 'site', (dir) =>
        exportSite({
          db: ctx.db,
          workspaceDir: ctx.workspaceDir,
          outDir: dir,
          domainIds,
          noteIds: ids,
          now: ctx.clock().toISOString(),
          onProgress: progress(`Export HTML ${title ?? dir}`),
        }),
      );
    },
    async 'packages.exportMarkdown'({ outDir, selection, title }) {
      const ids = noteIds(selection);
      return run(outDir, title ?? 'notes', 'markdown', (dir) =>
        exportMarkdown({ db: ctx.db, workspaceDir: ctx.workspaceDir, outDir: dir, noteIds: ids, onProgress: progress(`Export Markdown ${title ?? dir}`) }),
      );
    },
  };
}
