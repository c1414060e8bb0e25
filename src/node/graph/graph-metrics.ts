// Graph measures per domain and for the whole workspace: notes, links, density, weak components, top PageRank notes.
import type { GraphDomainMetrics, GraphMetrics } from '../../common/api/methods/graph';
import type { KnowledgeGraph } from './build-graph';
import { measureSubset } from './build-graph';

export const DEFAULT_TOP = 5;

/** The `top` highest-scoring positions (ties by id), in one pass. */
function topByScore(scores: Float64Array, mask: Uint8Array | null, top: number): number[] {
  const best: number[] = [];
  if (top === 0) return best;
  const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  for (let i = 0; i < scores.length; i++) {
    if (mask && !mask[i]) continue;
    if (best.length === top && !better(i, best[top - 1])) continue;
    let k = best.length === top ? top - 1 : best.length;
    while (k > 0 && better(i, best[k - 1])) {
      best[k] = best[k - 1];
      k--;
    }
    best[k] = i;
  }
  return best;
}

function measure(g: KnowledgeGraph, pageRank: Float64Array, mask: Uint8Array | null, top: number): GraphMetrics['workspace'] {
  const { nodes, links, components } = measureSubset(g, mask);
  return {
    notes: nodes,
    links,
    density: nodes > 1 ? links / (nodes * (nodes - 1)) : 0,
    components,
    topPageRank: topByScore(pageRank, mask, top).map((i) => ({ id: g.ids[i], title: g.titles[i], score: pageRank[i] })),
  };
}

/** `domains` in display order (id, name); every one is measured, even with no notes. */
export function graphMetrics(g: KnowledgeGraph, pageRank: Float64Array, domains: { id: string; name: string }[], top = DEFAULT_TOP): GraphMetrics {
  const masks = new Map<string, Uint8Array>(domains.map((d) => [d.id, new Uint8Array(g.ids.length)]));
  g.domainIds.forEach((d, i) => {
    const mask = masks.get(d);
    if (mask) mask[i] = 1;
  });
  const perDomain: GraphDomainMetrics[] = domains.map((d) => ({ domainId: d.id, name: d.name, ...measure(g, pageRank, masks.get(d.id)!, top) }));
  return { domains: perDomain, workspace: measure(g, pageRank, null, top) };
}
