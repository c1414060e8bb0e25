// Handlers of the knowledge graph API methods (src/common/api/methods/graph.ts): views, problems, metrics, saved layouts.
import type { ApiHandlers } from '../../../common/api/contract';
import type { GRAPH_API } from '../../../common/api/methods/graph';
import { GraphService } from '../../graph/graph-service';
import type { HandlerContext } from '../api-handlers';

export function createGraphHandlers(ctx: HandlerContext): Pick<ApiHandlers, keyof typeof GRAPH_API> {
  const graph = new GraphService(ctx.db, ctx.clock);
  return {
    async 'graph.global'({ domainIds, kinds, stages, tags, maxNodes, layoutScope }) {
      return graph.global({ domainIds, kinds, stages, tags }, maxNodes, layoutScope);
    },
    async 'graph.local'({ noteId, depth, maxNodes, layoutScope }) {
      return graph.local(noteId, depth, maxNodes, layoutScope);
    },
    async 'graph.problems'({ stuckDays, limit }) {
      return graph.problems(stuckDays, limit);
    },
    async 'graph.metrics'({ domainId, top }) {
      return graph.metrics(domainId, top);
    },
    async 'graph.layout.load'({ scope }) {
      return graph.layouts.load(scope);
    },
    async 'graph.layout.save'({ scope, positions }) {
      return graph.layouts.save(scope, positions, ctx.clock().toISOString());
    },
  };
}
