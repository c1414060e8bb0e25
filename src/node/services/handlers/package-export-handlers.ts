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
import type { HandlerContext } from '../api-handlers';

export function createPackageExportHandlers(
  ctx: HandlerContext,
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
      try {
        const result = await exportPackage({
          db,
          workspaceDir: ctx.workspaceDir,
          appVersion: ctx.appVersion,
          now: ctx.clock().toISOString(),
          plans,
          identity: (create) => exportIdentity(db, create, ctx.clock().toISOString()),
          selection: selection as PackageSelection,
          outPath,
          title,
          description: description ?? '',
          sign: sign ?? false,
          signal: task.signal,
          onProgress: (done, total) => {
            finished = done >= total;
            events.emit('task.progress', { taskId: id, title: progressTitle, done, total, finished });
          },
        });
        return result;
      } finally {
        task.done();
        if (!finished) events.emit('task.progress', { taskId: id, title: progressTitle, done: 0, total: 0, finished: true });
      }
    },
  };
}
