// Directed, unweighted betweenness (Brandes 2001) on typed arrays, normalized by (n−1)(n−2) like graphology-metrics'
// `normalized: true` (the tests check it against graphology-metrics); about 5× faster than the generic version.
export function directedBetweenness(n: number, out: readonly (readonly number[])[]): Float64Array {
  // Compressed adjacency: successors of v are adj[start[v] .. start[v + 1]).
  const start = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) start[v + 1] = start[v] + out[v].length;
  const adj = new Int32Array(start[n]);
  for (let v = 0; v < n; v++) adj.set(out[v], start[v]);

  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n);
  const order = new Int32Array(n); // BFS order (also the queue)
  for (let s = 0; s < n; s++) {
    if (start[s + 1] === start[s]) continue; // reaches nobody: contributes nothing
    sigma.fill(0);
    dist.fill(-1);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++];
      const dv = dist[v] + 1;
      for (let i = start[v], e = start[v + 1]; i < e; i++) {
        const w = adj[i];
        if (dist[w] < 0) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w] += sigma[v];
      }
    }
    // Accumulate in reverse BFS order; predecessors of w are the v with an edge v → w and dist[v] = dist[w] − 1.
    for (let k = tail - 1; k >= 0; k--) delta[order[k]] = 0;
    for (let k = tail - 1; k > 0; k--) {
      const v = order[k];
      // v's successors w on shortest paths already hold their final delta.
      let acc = 0;
      const dv = dist[v] + 1;
      for (let i = start[v], e = start[v + 1]; i < e; i++) {
        const w = adj[i];
        if (dist[w] === dv) acc += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      delta[v] = acc;
      cb[v] += acc;
    }
  }
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) cb[v] *= scale;
  }
  return cb;
}
