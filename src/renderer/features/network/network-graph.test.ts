// The network drawing: a mutual pair becomes one double-headed edge, a one-way tie an arrow; isolates and brokers stand out.
import { describe, expect, it } from 'vitest';
import type { NetworkMetrics } from '../../../common/api/methods/network';
import { tiesOf } from './MemberTies';
import { sortMembers } from './NetworkMemberTable';
import { neighbourhood, TIE_COLORS, toNetworkGraph } from './network-graph';

const member = (id: string, name: string, inDegree: number, outDegree: number, betweenness = 0) => ({ id, name, inDegree, outDegree, betweenness, component: 0 });

const metrics: NetworkMetrics = {
  members: 4,
  ties: 3,
  density: 0.25,
  reciprocity: 0.5,
  oneWayShare: 0.5,
  isolates: 1,
  components: 2,
  centralization: 0,
  perMember: [member('a', 'Ana', 1, 2, 0.5), member('b', 'Budi', 1, 1), member('c', 'Citra', 1, 0), member('d', 'Dewi', 0, 0)],
  edges: [
    { source: 'a', target: 'b', types: ['survey'], mutual: true, weight: 1 },
    { source: 'b', target: 'a', types: ['package'], mutual: true, weight: 2 },
    { source: 'a', target: 'c', types: ['applied'], mutual: false, weight: 1 },
  ],
  recommendations: [{ kind: 'broker', memberIds: ['a'], key: 'network.rec.broker', params: {}, text: { en: '', id: '' } }],
  scope: { from: null, to: null, domainId: null, topic: null },
};

describe('toNetworkGraph', () => {
  it('draws a mutual pair once as a double-headed edge and a one-way tie as an arrow', () => {
    const { graph, counts } = toNetworkGraph(metrics);
    expect(graph.order).toBe(4);
    expect(counts).toEqual({ mutual: 1, oneWay: 1 });
    expect(graph.size).toBe(2);
    const mutual = graph.edge('a', 'b');
    expect(mutual).toBeDefined();
    expect(graph.hasEdge('b', 'a')).toBe(false);
    expect(graph.getEdgeAttribute(mutual, 'type')).toBe('mutual');
    expect(graph.getEdgeAttribute(mutual, 'color')).toBe(TIE_COLORS.mutual);
    const oneWay = graph.edge('a', 'c')!;
    expect(graph.getEdgeAttribute(oneWay, 'type')).toBe('arrow');
    expect(graph.getEdgeAttribute(oneWay, 'color')).toBe(TIE_COLORS.oneWay);
  });

  it('marks isolates and brokers and always labels them', () => {
    const { graph } = toNetworkGraph(metrics);
    expect(graph.getNodeAttributes('d')).toMatchObject({ isolate: true, forceLabel: true, label: 'Dewi' });
    expect(graph.getNodeAttributes('a')).toMatchObject({ broker: true, forceLabel: true });
    expect(graph.getNodeAttributes('b')).toMatchObject({ broker: false, isolate: false, forceLabel: false });
    expect(graph.getNodeAttribute('a', 'color')).not.toBe(graph.getNodeAttribute('b', 'color'));
    expect(graph.getNodeAttribute('a', 'size')).toBeGreaterThan(graph.getNodeAttribute('d', 'size'));
  });

  it('the neighbourhood of a member covers both directions; none for an unknown member', () => {
    const { graph } = toNetworkGraph(metrics);
    expect([...neighbourhood(graph, 'c')!].sort()).toEqual(['a', 'c']);
    expect([...neighbourhood(graph, 'a')!].sort()).toEqual(['a', 'b', 'c']);
    expect(neighbourhood(graph, 'zz')).toBeNull();
    expect(neighbourhood(graph, null)).toBeNull();
  });
});

describe('sortMembers', () => {
  it('sorts by a number column with ties broken by name, and by name', () => {
    expect(sortMembers(metrics.perMember, 'inDegree', true).map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(sortMembers(metrics.perMember, 'outDegree', false).map((m) => m.id)).toEqual(['c', 'd', 'b', 'a']);
    expect(sortMembers(metrics.perMember, 'name', true).map((m) => m.name)).toEqual(['Dewi', 'Citra', 'Budi', 'Ana']);
  });
});

describe('tiesOf', () => {
  it('lists whom a member gives to and receives from, heaviest first, with the edge behind each', () => {
    const a = tiesOf(metrics, 'a');
    expect(a.gives.map((t) => [t.name, t.edge.mutual, t.edge.types])).toEqual([
      ['Budi', true, ['survey']],
      ['Citra', false, ['applied']],
    ]);
    expect(a.receives.map((t) => [t.name, t.edge.weight, t.edge.types])).toEqual([['Budi', 2, ['package']]]);
    expect(tiesOf(metrics, 'c')).toMatchObject({ gives: [], receives: [{ other: 'a', name: 'Ana' }] });
    expect(tiesOf(metrics, 'd')).toEqual({ gives: [], receives: [] });
  });
});
