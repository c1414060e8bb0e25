// Handlers of the search API methods (src/common/api/methods/search.ts); the index is created on first use.
import type { ApiHandlers } from '../../../common/api/contract';
import { AppError } from '../../../common/errors';
import type { SEARCH_API } from '../../../common/api/methods/search';
import { SearchService } from '../../search/search-service';
import type { HandlerContext } from '../api-handlers';

export function createSearchHandlers(ctx: HandlerContext): Pick<ApiHandlers, keyof typeof SEARCH_API> {
  let service: SearchService | null = null;
  let closed = false;
  ctx.onClose(() => {
    closed = true;
    service?.close();
  });
  // Created lazily: opening a workspace for commands that never search (e.g. `copw stats`) costs nothing.
  const get = () => {
    if (closed) throw new AppError('WORKSPACE_CLOSED', 'The workspace is closed; the search index is no longer available');
    service ??= new SearchService({ db: ctx.db, workspaceDir: ctx.workspaceDir, events: ctx.events });
    return service;
  };
  return {
    async 'search.query'({ q, offset, limit }) {
      return get().query({ q, offset: offset ?? 0, limit: limit ?? 50 });
    },
    /** Also the warm-up call: starts loading or building the index in the background and answers at once. */
    async 'search.status'() {
      return get().status();
    },
    async 'search.rebuild'() {
      return get().rebuild();
    },
  };
}
