// Handlers of packages.previewExport and packages.export (src/common/api/methods/packages.ts).
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../../../common/api/contract';
import type { PackageSelection } from '../../../common/packages/manifest-types';
import { buildPreview } from '../../packages/export/build-preview';
import { collectContent } from '../../packages/export/collect-content';
import { exportIdentity } from '../../packages/export/export-identity';
import { exportPackage } from '../../packages/export/export-package';
import { startTask } from '../../packages/task-registry';
import { workspaceId } from '../../packages/workspace-id';
import { findResourcesDir } from '../../paths';
import { PlanService } from '../../plans/plan-service';
import { createTemplateSource } from '../../plans/template-source';
import type { StagingArea } from '../../packages/staging-area';
import type { HandlerContext } from '../api-handlers';
import { packageFileName } from '../../packages/export/package-file-name';

export function createPackageExportHandlers(
  ctx: HandlerContext,
  staging: StagingArea,
  resourcesDir: string = findResourcesDir(),
): Pick<ApiHandlers, 'packages.previewExport' | 'packages.export'> {
  const { db, events } = ctx;
  const plans = new PlanService(db, ctx.clock, createTemplateSource(db, resourcesDir));

  return {
    async 'packages.previewExport'({ selection }) {
      return buildPreview(collectContent(db, plans, selection as PackageSelection, workspaceId(db)));
    },
    async 'packages.export'({ selection, outPath, title, description, sign, taskId }) {
      const id = taskId ?? randomUUID();
      const progressTitle = `Export ${title}`;
      const task = startTask(id);
      let finished = false;
      const fileName = packageFileName(title);
      const staged = outPath === undefined ? staging.beginDownload(fileName) : null;
      try {
        const result = await exportPackage({
          db,
          workspaceDir: ctx.workspaceDir,
          appVersion: ctx.appVersion,
          now: ctx.clock().toISOString(),
          plans,
          identity: (create) => exportIdentity(db, create, ctx.clock().toISOString()),
          selection: selection as PackageSelection,
          outPath: staged?.path ?? (outPath as string),
          title,
          description: description ?? '',
          sign: sign ?? false,
          signal: task.signal,
          onProgress: (done, total) => {
            finished = done >= total;
            events.emit('task.progress', { taskId: id, title: progressTitle, done, total, finished });
          },
        });
        return staged ? { ...result, downloadId: staged.id, fileName } : { ...result, fileName };
      } catch (err) {
        if (staged) staging.release(staged.id);
        throw err;
      } finally {
        task.done();
        if (!finished) events.emit('task.progress', { taskId: id, title: progressTitle, done: 0, total: 0, finished: true });
      }
    },
  };
}
