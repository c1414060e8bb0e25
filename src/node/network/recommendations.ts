// What a coordinator can act on: one-way pairs to invite into a joint session, isolates to bring into the next
// meeting, brokers (articulation points) whose departure would split the network. At most LIMIT of each kind.
import type { NetworkRecommendation } from '../../common/api/methods/network';
import type { ComputedNetwork } from './network-metrics';
import { bothTexts } from './network-strings';

export const RECOMMENDATION_LIMIT = 10;

export function recommend(net: ComputedNetwork): NetworkRecommendation[] {
  const name = new Map(net.perMember.map((m) => [m.id, m.name]));
  const bw = new Map(net.perMember.map((m) => [m.id, m.betweenness]));
  // Rank by name once (localeCompare per comparison is slow over 20,000 edges).
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const rank = new Map([...net.perMember].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)).map((m, i) => [m.id, i]));
  const byName = (a: string, b: string) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);

  const oneWay = net.edges
    .filter((e) => !e.mutual)
    .sort((a, b) => b.weight - a.weight || byName(a.source, b.source) || byName(a.target, b.target))
    .slice(0, RECOMMENDATION_LIMIT)
    .map((e): NetworkRecommendation => {
      const params = { giver: name.get(e.source) ?? e.source, receiver: name.get(e.target) ?? e.target };
      return { kind: 'oneWayPair', memberIds: [e.source, e.target], key: 'network.rec.oneWayPair', params, text: bothTexts('rec.oneWayPair', params) };
    });

  const isolates = net.perMember
    .filter((m) => m.inDegree === 0 && m.outDegree === 0)
    .sort((a, b) => byName(a.id, b.id))
    .slice(0, RECOMMENDATION_LIMIT)
    .map((m): NetworkRecommendation => {
      const params = { name: m.name };
      return { kind: 'isolate', memberIds: [m.id], key: 'network.rec.isolate', params, text: bothTexts('rec.isolate', params) };
    });

  const brokers = [...net.brokers]
    .sort((a, b) => (bw.get(b.id) ?? 0) - (bw.get(a.id) ?? 0) || byName(a.id, b.id))
    .slice(0, RECOMMENDATION_LIMIT)
    .map((b): NetworkRecommendation => {
      const params = { name: name.get(b.id) ?? b.id, size: b.componentSize, parts: b.parts };
      return { kind: 'broker', memberIds: [b.id], key: 'network.rec.broker', params, text: bothTexts('rec.broker', params) };
    });

  return [...oneWay, ...isolates, ...brokers];
}
