// The typed-array Brandes betweenness against graphology-metrics (directed, normalized) on random and edge-case graphs.
import { DirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/common/seeded-random';
import { directedBetweenness } from '../../src/node/network/betweenness';

function compare(n: number, edges: [number, number][]): void {
  const g = new DirectedGraph();
  const out: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [a, b] of edges) {
    g.addDirectedEdge(String(a), String(b));
    out[a].push(b);
  }
  const ref = n ? betweennessCentrality(g, { normalized: true }) : {};
  const mine = directedBetweenness(n, out);
  for (let i = 0; i < n; i++) expect(mine[i]).toBeCloseTo(ref[String(i)], 12);
}

describe('directedBetweenness', () => {
  it('equals graphology-metrics on 20 random sparse and dense directed graphs', () => {
    const rand = seededRandom(3);
    for (let k = 0; k < 20; k++) {
      const n = 3 + Math.floor(rand() * 60);
      const p = k % 2 ? 0.05 : 0.3;
      const edges: [number, number][] = [];
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b && rand() < p) edges.push([a, b]);
      compare(n, edges);
    }
  });

  it('handles empty, single, two-node and path graphs', () => {
    compare(0, []);
    compare(1, []);
    compare(2, [[0, 1]]);
    // 0→1→2→3: node 1 lies on 0→2, 0→3; node 2 on 0→3, 1→3 → 2 each, / (3·2) = 1/3.
    const b = directedBetweenness(4, [[1], [2], [3], []]);
    expect([...b]).toEqual([0, 1 / 3, 1 / 3, 0]);
  });
});
