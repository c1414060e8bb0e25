// Global and local views of the knowledge graph, reduced deterministically (sample by PageRank, or aggregate by domain) when too big.
import type { GraphEdge, GraphNode, GraphView } from '../../common/api/methods/graph';
import { AppError } from '../../common/errors';
import type { KnowledgeGraph } from './build-graph';

export const DEFAULT_MAX_NODES = 5_000;
/** Over this many times maxNodes, a sample would show too little of the graph to mean anything: aggregate by domain. */
export const AGGREGATE_FACTOR = 50;

export interface GraphFilters {
  domainIds?: string[];
  kinds?: string[];
  stages?: string[];
  tags?: string[];
}

const fmt = (n: number) => n.toLocaleString('en');
const asSet = (v: string[] | undefined) => (v && v.length ? new Set(v) : null);

/** Every node position, most central first: PageRank, then degree, then id (stable across runs). */
export function centralOrder(g: KnowledgeGraph, pageRank: Float64Array): Int32Array {
  const order = Int32Array.from(g.ids.keys());
  return order.sort((a, b) => pageRank[b] - pageRank[a] || g.degree[b] - g.degree[a] || a - b);
}

/** Edges among the shown nodes (in shown order) and each one's degree within them. */
function edgesAmong(g: KnowledgeGraph, shown: number[]): { edges: GraphEdge[]; degree: Map<number, number> } {
  const inSet = new Uint8Array(g.ids.length);
  for (const i of shown) inSet[i] = 1;
  const edges: GraphEdge[] = [];
  const degree = new Map<number, number>(shown.map((i) => [i, 0]));
  for (const i of shown) {
    for (let k = g.outStart[i]; k < g.outStart[i + 1]; k++) {
      const j = g.outTargets[k];
      if (!inSet[j]) continue;
      edges.push({ source: g.ids[i], target: g.ids[j], weight: g.outWeights[k] });
      degree.set(i, degree.get(i)! + 1);
      degree.set(j, degree.get(j)! + 1);
    }
  }
  return { edges, degree };
}

function countEdgesAmong(g: KnowledgeGraph, nodes: number[]): number {
  const inSet = new Uint8Array(g.ids.length);
  for (const i of nodes) inSet[i] = 1;
  let count = 0;
  for (const i of nodes) for (let k = g.outStart[i]; k < g.outStart[i + 1]; k++) if (inSet[g.outTargets[k]]) count++;
  return count;
}

function noteNode(g: KnowledgeGraph, i: number, degree: number): GraphNode {
  return { id: g.ids[i], title: g.titles[i], domainId: g.domainIds[i], kind: g.kinds[i], stage: g.stages[i], degree };
}

export function globalView(g: KnowledgeGraph, central: Int32Array, filters: GraphFilters, domainNames: Map<string, string>, maxNodes = DEFAULT_MAX_NODES): GraphView {
  const domains = asSet(filters.domainIds);
  const kinds = asSet(filters.kinds);
  const stages = asSet(filters.stages);
  const tags = asSet(filters.tags);
  const mask = new Uint8Array(g.ids.length);
  const selected: number[] = [];
  for (let i = 0; i < g.ids.length; i++) {
    if (domains && !domains.has(g.domainIds[i])) continue;
    if (kinds && !kinds.has(g.kinds[i])) continue;
    if (stages && !stages.has(g.stages[i])) continue;
    if (tags && !g.tags[i].some((t) => tags.has(t))) continue;
    mask[i] = 1;
    selected.push(i);
  }
  if (selected.length > maxNodes * AGGREGATE_FACTOR) return aggregateByDomain(g, selected, mask, domainNames, maxNodes);
  const total = { nodes: selected.length, edges: 0 };
  let shown = selected;
  let reduced: GraphView['reduced'] = null;
  if (selected.length > maxNodes) {
    shown = [];
    for (const i of central) {
      if (shown.length === maxNodes) break;
      if (mask[i]) shown.push(i);
    }
    total.edges = countEdgesAmong(g, selected);
    reduced = { mode: 'sample', shownNodes: shown.length, note: `Showing the ${fmt(shown.length)} most central of ${fmt(selected.length)} notes (by PageRank); filter to see the rest.` };
  }
  const { edges, degree } = edgesAmong(g, shown);
  if (!reduced) total.edges = edges.length;
  return { nodes: shown.map((i) => noteNode(g, i, degree.get(i)!)), edges, total, reduced };
}

function aggregateByDomain(g: KnowledgeGraph, selected: number[], mask: Uint8Array, domainNames: Map<string, string>, maxNodes: number): GraphView {
  const counts = new Map<string, number>();
  const weights = new Map<string, number>();
  let totalEdges = 0;
  for (const i of selected) {
    const from = g.domainIds[i];
    counts.set(from, (counts.get(from) ?? 0) + 1);
    for (let k = g.outStart[i]; k < g.outStart[i + 1]; k++) {
      const j = g.outTargets[k];
      if (!mask[j]) continue;
      totalEdges++;
      const to = g.domainIds[j];
      if (to === from) continue;
      const key = `${from}\u0000${to}`;
      weights.set(key, (weights.get(key) ?? 0) + g.outWeights[k]);
    }
  }
  const domainIds = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1)).slice(0, maxNodes);
  const shown = new Set(domainIds);
  const edges: GraphEdge[] = [];
  const degree = new Map<string, number>();
  for (const [key, weight] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [from, to] = key.split('\u0000');
    if (!shown.has(from) || !shown.has(to)) continue;
    edges.push({ source: `domain:${from}`, target: `domain:${to}`, weight });
    degree.set(from, (degree.get(from) ?? 0) + 1);
    degree.set(to, (degree.get(to) ?? 0) + 1);
  }
  const nodes: GraphNode[] = domainIds.map((d) => ({ id: `domain:${d}`, title: domainNames.get(d) ?? d, domainId: d, kind: 'domain', stage: '', degree: degree.get(d) ?? 0, count: counts.get(d)! }));
  return {
    nodes,
    edges,
    total: { nodes: selected.length, edges: totalEdges },
    reduced: { mode: 'aggregate', shownNodes: nodes.length, note: `${fmt(selected.length)} notes are too many to draw: showing one node per domain (${fmt(nodes.length)}), edges weighted by links across domains; filter to see notes.` },
  };
}

/** Notes within `depth` link steps of the centre (either direction), nearest and most central first. */
export function localView(g: KnowledgeGraph, pageRank: Float64Array, noteId: string, depth: number, maxNodes = DEFAULT_MAX_NODES): GraphView {
  const centre = g.position.get(noteId);
  if (centre === undefined) throw new AppError('NOT_FOUND', `No live note with id ${noteId}`);
  const distance = new Map<number, number>([[centre, 0]]);
  let frontier = [centre];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: number[] = [];
    const visit = (j: number) => {
      if (distance.has(j)) return;
      distance.set(j, d);
      next.push(j);
    };
    for (const i of frontier) {
      for (let k = g.outStart[i]; k < g.outStart[i + 1]; k++) visit(g.outTargets[k]);
      for (let k = g.inStart[i]; k < g.inStart[i + 1]; k++) visit(g.inSources[k]);
    }
    frontier = next;
  }
  const all = [...distance.keys()].sort((a, b) => distance.get(a)! - distance.get(b)! || pageRank[b] - pageRank[a] || g.degree[b] - g.degree[a] || a - b);
  const shown = all.slice(0, maxNodes);
  const { edges, degree } = edgesAmong(g, shown);
  const reduced: GraphView['reduced'] =
    shown.length < all.length
      ? { mode: 'sample', shownNodes: shown.length, note: `Showing the ${fmt(shown.length)} nearest of ${fmt(all.length)} notes within ${depth} links (most central first at the edge).` }
      : null;
  return {
    nodes: shown.map((i) => ({ ...noteNode(g, i, degree.get(i)!), distance: distance.get(i)! })),
    edges,
    total: { nodes: all.length, edges: reduced ? countEdgesAmong(g, all) : edges.length },
    reduced,
  };
}
