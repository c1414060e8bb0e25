// Metrics of a directed sharing network over a member set: density, reciprocity, degrees, betweenness, components,
// centralization, articulation points (graphology for weak components). Pure: members and ties in, numbers out.
import { DirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import type { NetworkEdge, NetworkMetrics, TieType } from '../../common/api/methods/network';
import { TIE_TYPES } from '../../common/api/methods/network';
import { articulationPoints } from './articulation-points';
import { directedBetweenness } from './betweenness';
import type { Tie } from './tie';

export interface NetworkMember {
  id: string;
  name: string;
}

export interface Broker {
  id: string;
  /** Members in the component the broker holds together (broker included). */
  componentSize: number;
  /** Parts the component falls into without the broker. */
  parts: number;
}

/** The measures of NetworkMetrics before recommendations are written, plus the brokers they are drawn from. */
export type ComputedNetwork = Omit<NetworkMetrics, 'recommendations' | 'scope'> & { brokers: Broker[] };

const SEP = '\u0000';

/** Ties whose ends are not both in `members`, and self-ties, are ignored. */
export function computeNetwork(members: readonly NetworkMember[], ties: readonly Tie[]): ComputedNetwork {
  const n = members.length;
  const index = new Map(members.map((m, i) => [m.id, i]));
  const pairs = new Map<string, { source: string; target: string; types: Set<TieType>; weight: number }>();
  for (const t of ties) {
    if (t.source === t.target || !index.has(t.source) || !index.has(t.target)) continue;
    const key = t.source + SEP + t.target;
    const p = pairs.get(key);
    if (p) {
      p.types.add(t.type);
      p.weight++;
    } else {
      pairs.set(key, { source: t.source, target: t.target, types: new Set([t.type]), weight: 1 });
    }
  }

  const graph = new DirectedGraph();
  for (const m of members) graph.addNode(m.id);
  const inDeg = new Int32Array(n);
  const outDeg = new Int32Array(n);
  const undirected: Set<number>[] = members.map(() => new Set<number>());
  const successors: number[][] = members.map(() => []);
  const edges: NetworkEdge[] = [];
  let mutualPairs = 0;
  for (const p of pairs.values()) {
    const s = index.get(p.source) as number;
    const t = index.get(p.target) as number;
    graph.addDirectedEdge(p.source, p.target);
    outDeg[s]++;
    successors[s].push(t);
    inDeg[t]++;
    undirected[s].add(t);
    undirected[t].add(s);
    const mutual = pairs.has(p.target + SEP + p.source);
    if (mutual && p.source < p.target) mutualPairs++;
    edges.push({ source: p.source, target: p.target, types: TIE_TYPES.filter((x) => p.types.has(x)), mutual, weight: p.weight });
  }
  const tiedPairs = pairs.size - mutualPairs;

  const betweenness = directedBetweenness(n, successors);
  const comps = connectedComponents(graph).sort((a, b) => b.length - a.length);
  const componentOf = new Map<string, number>();
  comps.forEach((c, i) => c.forEach((id) => componentOf.set(id, i)));

  const degree = undirected.map((s) => s.size);
  const maxDegree = degree.reduce((a, b) => Math.max(a, b), 0);
  const centralization = n < 3 ? 0 : degree.reduce((sum, d) => sum + (maxDegree - d), 0) / ((n - 1) * (n - 2));

  const aps = articulationPoints(undirected.map((s) => [...s]));
  const brokers: Broker[] = [...aps].map(([i, parts]) => ({
    id: members[i].id,
    componentSize: comps[componentOf.get(members[i].id) as number].length,
    parts,
  }));

  return {
    members: n,
    ties: pairs.size,
    density: n < 2 ? 0 : pairs.size / (n * (n - 1)),
    reciprocity: tiedPairs === 0 ? 0 : mutualPairs / tiedPairs,
    oneWayShare: tiedPairs === 0 ? 0 : (tiedPairs - mutualPairs) / tiedPairs,
    isolates: degree.filter((d) => d === 0).length,
    components: comps.length,
    centralization,
    perMember: members.map((m, i) => ({
      id: m.id,
      name: m.name,
      inDegree: inDeg[i],
      outDegree: outDeg[i],
      betweenness: betweenness[i],
      component: componentOf.get(m.id) ?? 0,
    })),
    edges,
    brokers,
  };
}
