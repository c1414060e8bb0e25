// Handlers of the search API methods (src/common/api/methods/search.ts).
import type { ApiHandlers } from '../../../common/api/contract';
import type { SEARCH_API } from '../../../common/api/methods/search';
import type { HandlerContext } from '../api-handlers';

export function createSearchHandlers(_ctx: HandlerContext): Pick<ApiHandlers, keyof typeof SEARCH_API> {
  return {};
}
