// Web worker: ForceAtlas2 layout of a graph sent as flat arrays, so the UI thread never runs the layout.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  requestId: number;
  /** Node ids with their start positions (x, y) and sizes. */
  ids: string[];
  xy: Float64Array;
  edges: [number, number, number][];
  iterations: number;
}

export interface LayoutResponse {
  requestId: number;
  xy: Float64Array;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { requestId, ids, xy, edges, iterations } = event.data;
  const graph = new Graph({ type: 'undirected', multi: false });
  ids.forEach((id, i) => graph.addNode(id, { x: xy[2 * i], y: xy[2 * i + 1] }));
  for (const [s, t, w] of edges) {
    if (s !== t && !graph.hasEdge(ids[s], ids[t])) graph.addEdge(ids[s], ids[t], { weight: w });
  }
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000, adjustSizes: false };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  }
  const out = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    out[2 * i] = graph.getNodeAttribute(id, 'x') as number;
    out[2 * i + 1] = graph.getNodeAttribute(id, 'y') as number;
  });
  const response: LayoutResponse = { requestId, xy: out };
  (self as unknown as Worker).postMessage(response, [out.buffer]);
};
