// Articulation points of an undirected graph (iterative Tarjan): members whose removal splits their component, and
// into how many parts.
export function articulationPoints(neighbours: readonly (readonly number[])[]): Map<number, number> {
  const n = neighbours.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const splits = new Int32Array(n); // children c with low[c] >= disc[v]
  const result = new Map<number, number>();
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const stack = [root];
    disc[root] = low[root] = time++;
    while (stack.length) {
      const v = stack[stack.length - 1];
      if (next[v] < neighbours[v].length) {
        const w = neighbours[v][next[v]++];
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v], disc[w]);
        }
        continue;
      }
      stack.pop();
      const p = parent[v];
      if (p !== -1) {
        low[p] = Math.min(low[p], low[v]);
        if (low[v] >= disc[p]) splits[p]++;
      }
    }
  }
  // A DFS root splits when it has 2+ DFS children (each child passes the test); any other vertex leaves splits + 1 parts.
  for (let v = 0; v < n; v++) {
    if (parent[v] === -1) {
      if (splits[v] >= 2) result.set(v, splits[v]);
    } else if (splits[v] > 0) {
      result.set(v, splits[v] + 1);
    }
  }
  return result;
}
