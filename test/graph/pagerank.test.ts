// The graph's own PageRank and arrays checked against graphology and graphology-metrics on hand-made and random graphs.
import pagerank from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/common/seeded-random';
import { computePageRank, measureSubset, toGraphology } from '../../src/node/graph/build-graph';
import type { KnowledgeGraph } from '../../src/node/graph/build-graph';

/** A KnowledgeGraph from an edge list (the same layout buildKnowledgeGraph makes). */
function makeGraph(n: number, edges: [number, number, number][]): KnowledgeGraph {
  const sorted = [...edges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const ids = Array.from({ length: n }, (_, i) => `n${String(i).padStart(5, '0')}`);
  const outStart = new Int32Array(n + 1);
  for (const [s] of sorted) outStart[s + 1]++;
  for (let i = 0; i < n; i++) outStart[i + 1] += outStart[i];
  const byTarget = [...sorted].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const inStart = new Int32Array(n + 1);
  for (const [, t] of byTarget) inStart[t + 1]++;
  for (let i = 0; i < n; i++) inStart[i + 1] += inStart[i];
  const degree = new Int32Array(n);
  for (const [s, t] of sorted) {
    degree[s]++;
    degree[t]++;
  }
  return {
    ids,
    position: new Map(ids.map((id, i) => [id, i])),
    titles: ids.map((id) => `Title ${id}`),
    domainIds: ids.map((_, i) => `d${i % 3}`),
    kinds: ids.map(() => 'method'),
    stages: ids.map(() => 'share'),
    tags: ids.map(() => []),
    outStart,
    outTargets: Int32Array.from(sorted.map((e) => e[1])),
    outWeights: Float64Array.from(sorted.map((e) => e[2])),
    inStart,
    inSources: Int32Array.from(byTarget.map((e) => e[0])),
    degree,
    size: sorted.length,
  };
}

function randomGraph(n: number, m: number, seed: number): KnowledgeGraph {
  const rand = seededRandom(seed);
  const seen = new Set<string>();
  const edges: [number, number, number][] = [];
  while (edges.length < m) {
    const s = Math.floor(n * rand() ** 2);
    const t = Math.floor(n * rand());
    if (s === t || seen.has(`${s}>${t}`)) continue;
    seen.add(`${s}>${t}`);
    edges.push([s, t, 1 + Math.floor(rand() * 3)]);
  }
  return makeGraph(n, edges);
}

describe('PageRank of the knowledge graph', () => {
  it('matches graphology-metrics on a random weighted graph with dangling notes', () => {
    const g = randomGraph(2_000, 8_000, 7);
    const ours = computePageRank(g);
    const graph = toGraphology(g);
    expect(graph.order).toBe(2_000);
    expect(graph.size).toBe(8_000);
    const theirs = pagerank(graph, { getEdgeWeight: 'weight' });
    let maxDiff = 0;
    g.ids.forEach((id, i) => (maxDiff = Math.max(maxDiff, Math.abs(ours[i] - theirs[id]))));
    expect(maxDiff).toBeLessThan(1e-6);
    expect(ours.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    const rankedOurs = [...g.ids.keys()].sort((a, b) => ours[b] - ours[a]).slice(0, 20);
    const rankedTheirs = [...g.ids].sort((a, b) => theirs[b] - theirs[a]).slice(0, 20);
    expect(rankedOurs.map((i) => g.ids[i])).toEqual(rankedTheirs);
  });

  it('gives a chain, a star and a two-cycle their known ranks', () => {
    // Two-cycle: both notes hold half.
    const cycle = computePageRank(makeGraph(2, [[0, 1, 1], [1, 0, 1]]));
    expect(cycle[0]).toBeCloseTo(0.5, 9);
    expect(cycle[1]).toBeCloseTo(0.5, 9);
    // Star into a hub: the hub ranks first, the leaves tie.
    const star = computePageRank(makeGraph(5, [[1, 0, 1], [2, 0, 1], [3, 0, 1], [4, 0, 1]]));
    expect(Math.max(...star)).toBe(star[0]);
    expect(star[1]).toBeCloseTo(star[4], 12);
    // Weights count: 0 links to 1 three times and to 2 once.
    const weighted = computePageRank(makeGraph(3, [[0, 1, 3], [0, 2, 1]]));
    expect(weighted[1]).toBeGreaterThan(weighted[2]);
    expect(computePageRank(makeGraph(0, []))).toHaveLength(0);
  });

  it('counts links and weak components of a subset', () => {
    const g = makeGraph(6, [[0, 1, 1], [1, 2, 1], [3, 4, 2]]);
    expect(measureSubset(g, null)).toEqual({ nodes: 6, links: 3, components: 3 });
    expect(measureSubset(g, Uint8Array.from([1, 0, 1, 1, 1, 0]))).toEqual({ nodes: 4, links: 1, components: 3 });
  });
});
