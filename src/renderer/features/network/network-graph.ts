// Turns the sharing network's metrics into a graphology graph for sigma: one node per member, one arrow per one-way
// tie, and a single double-headed edge per mutual pair, so mutual and one-way sharing look different at a glance.
import Graph from 'graphology';
import type { NetworkMetrics } from '../../../common/api/methods/network';
import { startPosition } from '../graph/graph-style';

export const TIE_COLORS = { mutual: '#2a9d4b', oneWay: '#e07b1a' } as const;
/** Above this many ties the drawing switches to hairlines and hides edges while the camera moves. */
export const LARGE_NETWORK_EDGES = 5_000;
const MEMBER_COLOR = '#3b6fb6';
const ISOLATE_COLOR = '#9a9a9a';
const BROKER_COLOR = '#b8336a';

export interface NetworkGraphCounts {
  /** Mutual pairs drawn (each pair once). */
  mutual: number;
  /** One-way ties drawn. */
  oneWay: number;
}

export function toNetworkGraph(metrics: NetworkMetrics): { graph: Graph; counts: NetworkGraphCounts } {
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const brokers = new Set(metrics.recommendations.filter((r) => r.kind === 'broker').flatMap((r) => r.memberIds));
  for (const m of metrics.perMember) {
    const degree = m.inDegree + m.outDegree;
    const isolate = degree === 0;
    graph.addNode(m.id, {
      ...startPosition(m.id),
      label: m.name,
      size: Math.min(22, 5 + Math.sqrt(degree) * 2.2 + m.betweenness * 20),
      color: isolate ? ISOLATE_COLOR : brokers.has(m.id) ? BROKER_COLOR : MEMBER_COLOR,
      forceLabel: brokers.has(m.id) || isolate,
      isolate,
      broker: brokers.has(m.id),
    });
  }
  const counts: NetworkGraphCounts = { mutual: 0, oneWay: 0 };
  // Dense networks are drawn with hairlines: thousands of thick edges only hide each other (and cost fill rate).
  const thin = metrics.edges.length > LARGE_NETWORK_EDGES;
  for (const e of metrics.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    // A mutual pair arrives as two directed edges: draw it once, from the smaller id.
    if (e.mutual && e.source > e.target) continue;
    const size = thin ? 0.5 : Math.min(5, 1 + Math.log2(1 + e.weight));
    graph.addDirectedEdge(e.source, e.target, {
      type: e.mutual ? 'mutual' : 'arrow',
      color: e.mutual ? TIE_COLORS.mutual : TIE_COLORS.oneWay,
      size: e.mutual && !thin ? size + 1 : size,
      mutual: e.mutual,
      weight: e.weight,
    });
    if (e.mutual) counts.mutual++;
    else counts.oneWay++;
  }
  return { graph, counts };
}

/** The member and its direct contacts (either direction), for highlighting a selection. */
export function neighbourhood(graph: Graph, memberId: string | null): Set<string> | null {
  if (!memberId || !graph.hasNode(memberId)) return null;
  return new Set([memberId, ...graph.neighbors(memberId)]);
}
