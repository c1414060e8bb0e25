// How the knowledge graph looks: a stable colour per domain, node size by degree, start positions for the layout.

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];

/** FNV-1a of a string: a stable small hash for colours, start positions and long layout keys. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Domains get palette colours in the order given (so a legend reads well); unknown ones by hash. */
export function domainColors(domainIds: readonly string[]): (domainId: string | null) => string {
  const map = new Map(domainIds.map((id, i) => [id, PALETTE[i % PALETTE.length]]));
  return (domainId) => (domainId ? (map.get(domainId) ?? PALETTE[hash(domainId) % PALETTE.length]) : '#999999');
}

/** 3 px for a lone note, growing with the square root of its degree, capped. */
export function nodeSize(degree: number): number {
  return Math.min(18, 3 + Math.sqrt(Math.max(0, degree)) * 1.6);
}

/** The centre note of a local graph is drawn at least this big, and half again its degree size. */
export function centerSize(degree: number): number {
  return Math.max(12, nodeSize(degree) * 1.5);
}

/** Deterministic start position in a disc, so the same graph always lays out the same way. */
export function startPosition(id: string): { x: number; y: number } {
  const h = hash(id);
  const angle = ((h & 0xffff) / 0x10000) * Math.PI * 2;
  const radius = Math.sqrt((h >>> 16) / 0x10000) * 100;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

/** Iterations of ForceAtlas2: more for small graphs, fewer for big ones (the worker's time stays near a second). */
export function layoutIterations(nodes: number): number {
  if (nodes <= 500) return 300;
  if (nodes <= 2000) return 150;
  return 60;
}
