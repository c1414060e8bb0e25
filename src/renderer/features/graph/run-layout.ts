// Runs ForceAtlas2 for a graph in the layout worker and writes the positions back; the UI thread stays free.
import type Graph from 'graphology';
import { layoutIterations } from './graph-style';
import type { LayoutRequest, LayoutResponse } from './layout.worker';

let worker: Worker | null = null;
let nextId = 1;

function layoutWorker(): Worker {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url));
  return worker;
}

/** Lays the graph out off the UI thread; resolves false when a newer layout replaced this one or the worker failed. */
export function runLayout(graph: Graph, signal: AbortSignal): Promise<boolean> {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    xy[2 * i] = graph.getNodeAttribute(id, 'x') as number;
    xy[2 * i + 1] = graph.getNodeAttribute(id, 'y') as number;
  });
  const edges: [number, number, number][] = graph.mapEdges((_e, attrs, s, t) => [index.get(s)!, index.get(t)!, Number(attrs.weight ?? 1)]);
  const requestId = nextId++;
  const w = layoutWorker();
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onMessage = (e: MessageEvent<LayoutResponse>) => {
      if (e.data.requestId !== requestId) return;
      if (signal.aborted) return done(false);
      const out = e.data.xy;
      ids.forEach((id, i) => graph.mergeNodeAttributes(id, { x: out[2 * i], y: out[2 * i + 1] }));
      done(true);
    };
    const onError = () => done(false);
    const onAbort = () => done(false);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    const request: LayoutRequest = { requestId, ids, xy, edges, iterations: layoutIterations(ids.length) };
    w.postMessage(request, [xy.buffer]);
  });
}
