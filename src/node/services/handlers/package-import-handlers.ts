// Handlers of the package import API methods (src/common/api/methods/packages.ts): previewImport and import.
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../../../common/api/contract';
import { importPackage, previewImport } from '../../packages/import/import-package';
import type { ImportContext } from '../../packages/import/import-package';
import { startTask } from '../../packages/task-registry';
import type { StagingArea } from '../../packages/staging-area';
import type { HandlerContext } from '../api-handlers';
import { sourcePath } from './package-transfer-handlers';

export function createPackageImportHandlers(ctx: HandlerContext, staging: StagingArea): Pick<ApiHandlers, 'packages.previewImport' | 'packages.import'> {
  const { db, events } = ctx;
  const base = (signal?: AbortSignal, progress?: ImportContext['onProgress']): ImportContext => ({
    db,
    workspaceDir: ctx.workspaceDir,
    now: () => ctx.clock().toISOString(),
    signal,
    onProgress: progress,
  });

  return {
    async 'packages.previewImport'(source) {
      return previewImport(sourcePath(staging, source), base());
    },
    async 'packages.import'({ strategy, choices, dryRun, taskId, ...source }) {
      const path = sourcePath(staging, source);
      const id = taskId ?? randomUUID();
      const task = startTask(id);
      const title = `Import ${source.path ?? 'package'}`;
      const progress = (done: number, total: number) => events.emit('task.progress', { taskId: id, title, done, total, finished: done >= total });
      try {
        const { written, changedPlans, ...report } = await importPackage(
          path,
          { strategy: strategy ?? 'keep-mine', choices: choices ?? {}, dryRun: dryRun ?? false },
          base(task.signal, progress),
        );
        if (written) events.emit('workspace.changed', { reason: 'packages.import' });
        for (const p of changedPlans) events.emit('plans.changed', p);
        return report;
      } finally {
        task.done();
        progress(1, 1);
      }
    },
  };
}
