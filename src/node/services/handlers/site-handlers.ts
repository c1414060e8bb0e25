// Handler of packages.exportHtml: the static offline HTML mini-site of the chosen domains (src/node/packages/site).
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../../../common/api/contract';
import { exportSite } from '../../packages/site/export-site';
import type { HandlerContext } from '../api-handlers';

export function createSiteHandlers(ctx: HandlerContext): Pick<ApiHandlers, 'packages.exportHtml'> {
  return {
    async 'packages.exportHtml'({ outDir, domainIds }) {
      const taskId = randomUUID();
      const title = `Export HTML ${outDir}`;
      return exportSite({
        db: ctx.db,
        workspaceDir: ctx.workspaceDir,
        outDir,
        domainIds,
        now: ctx.clock().toISOString(),
        onProgress: (done, total) => ctx.events.emit('task.progress', { taskId, title, done, total, finished: done >= total }),
      });
    },
  };
}
