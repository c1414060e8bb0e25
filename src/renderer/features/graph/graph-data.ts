// Turns a graph answer of the service into a graphology graph ready for sigma (positions, sizes, colours, labels).
import Graph from 'graphology';
import type { GraphView as GraphAnswer } from '../../../common/api/methods/graph';
import { centerSize, domainColors, nodeSize, startPosition } from './graph-style';

export type { GraphAnswer };

export interface DisplayGraph {
  graph: Graph;
  /** True when every node came with a saved position (no layout run needed). */
  positioned: boolean;
}

/** Node positions to save as the remembered layout of a scope. */
export function positionsOf(graph: Graph): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  graph.forEachNode((id, attrs) => {
    out[id] = [Number(attrs.x), Number(attrs.y)];
  });
  return out;
}

/** `centerId`: the note a local graph is about, drawn larger, highlighted, labelled always and on top. */
export function toDisplayGraph(answer: GraphAnswer, domainOrder: readonly string[], centerId?: string): DisplayGraph {
  const color = domainColors(domainOrder);
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  let positioned = answer.nodes.length > 0;
  for (const n of answer.nodes) {
    const saved = typeof n.x === 'number' && typeof n.y === 'number';
    if (!saved) positioned = false;
    const { x, y } = saved ? { x: n.x as number, y: n.y as number } : startPosition(n.id);
    const attrs = { x, y, size: nodeSize(n.degree), color: color(n.domainId), label: n.title, domainId: n.domainId };
    graph.mergeNode(n.id, n.id === centerId ? { ...attrs, size: centerSize(n.degree), center: true, highlighted: true, forceLabel: true, zIndex: 2 } : attrs);
  }
  for (const e of answer.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (!graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target, { weight: e.weight, size: Math.min(4, 0.5 + Math.log2(1 + e.weight)) });
  }
  return { graph, positioned };
}

/** Ids of the nodes whose label contains every word of the query (case- and accent-insensitive). */
export function matchingNodes(graph: Graph, query: string): string[] {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const out: string[] = [];
  graph.forEachNode((id, attrs) => {
    const label = fold(String(attrs.label ?? ''));
    if (words.every((w) => label.includes(w))) out.push(id);
  });
  return out;
}
