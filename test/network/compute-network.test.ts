// computeNetwork edge cases (and network.metrics on an empty workspace): empty and tiny networks, a star (one broker, three parts), duplicate and self ties.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../src/node/services/create-services';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { RESOURCES_DIR, openServices } from '../helpers/workspace';
import { computeNetwork } from '../../src/node/network/network-metrics';
import { articulationPoints } from '../../src/node/network/articulation-points';
import type { Tie } from '../../src/node/network/tie';

const m = (...ids: string[]) => ids.map((id) => ({ id, name: id.toUpperCase() }));
const tie = (source: string, target: string, type: Tie['type'] = 'survey'): Tie => ({ source, target, type, at: '2026-01-01' });

describe('computeNetwork', () => {
  it('an empty network is all zeros, not NaN', () => {
    const n = computeNetwork([], []);
    expect([n.members, n.ties, n.density, n.reciprocity, n.oneWayShare, n.isolates, n.components, n.centralization]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('two members with one tie: density 1/2, one-way share 1, no betweenness', () => {
    const n = computeNetwork(m('a', 'b'), [tie('a', 'b')]);
    expect([n.density, n.reciprocity, n.oneWayShare, n.components, n.centralization]).toEqual([0.5, 0, 1, 1, 0]);
    expect(n.perMember.map((p) => p.betweenness)).toEqual([0, 0]);
  });

  it('a mutual star: the centre brokers 3 parts; betweenness 6/6 = 1; centralization 1', () => {
    // c ⇄ x, c ⇄ y, c ⇄ z. Ordered pairs among leaves (6) all pass through c; normalized by (4−1)(4−2) = 6 → 1.
    // Undirected degrees c3 x1 y1 z1: Σ(3 − d) = 6, / ((n−1)(n−2) = 6) = 1.
    const ties = ['x', 'y', 'z'].flatMap((l) => [tie('c', l), tie(l, 'c', 'meeting')]);
    const n = computeNetwork(m('c', 'x', 'y', 'z'), ties);
    expect(n.reciprocity).toBe(1);
    expect(n.perMember.find((p) => p.id === 'c')!.betweenness).toBeCloseTo(1, 12);
    expect(n.centralization).toBeCloseTo(1, 12);
    expect(n.brokers).toEqual([{ id: 'c', componentSize: 4, parts: 3 }]);
  });

  it('counts a pair once however many ties it has; drops self-ties and ties to members out of scope', () => {
    const n = computeNetwork(m('a', 'b'), [tie('a', 'b'), tie('a', 'b', 'builtOn'), tie('a', 'a'), tie('a', 'zz')]);
    expect(n.ties).toBe(1);
    expect(n.edges).toEqual([{ source: 'a', target: 'b', types: ['builtOn', 'survey'], mutual: false, weight: 2 }]);
  });

  it('articulation points: a cycle has none; a bridge between two triangles has two', () => {
    expect(articulationPoints([[1, 2], [0, 2], [0, 1]]).size).toBe(0);
    // 0-1-2 triangle, 3-4-5 triangle, bridge 2–3
    const g = [[1, 2], [0, 2], [0, 1, 3], [2, 4, 5], [3, 5], [3, 4]];
    expect([...articulationPoints(g)].sort()).toEqual([[2, 2], [3, 2]]);
  });
});

describe('network.metrics on an empty workspace', () => {
  it('answers zeros and no recommendations instead of failing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'net-empty-'));
    try {
      createWorkspace(join(root, 'w'), { demo: false, resourcesDir: RESOURCES_DIR });
      const services = openServices(join(root, 'w'));
      try {
        const client = createInProcessClient(services);
        const m = await client.call('network.metrics', {});
        expect(m).toMatchObject({ members: 0, ties: 0, density: 0, reciprocity: 0, oneWayShare: 0, isolates: 0, components: 0, centralization: 0, perMember: [], edges: [], recommendations: [] });
        expect((await client.call('network.metricsCsv', {})).content).toBe('id,name,inDegree,outDegree,betweenness,component\r\n');
      } finally {
        services.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
