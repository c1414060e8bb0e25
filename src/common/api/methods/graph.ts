// API methods of the knowledge graph: global and local views (reduced when too big), problems, per-domain metrics, saved layouts.
import { z } from 'zod';
import { method } from '../method';
import { id } from '../schemas';

const ids = z.array(id).max(10_000);
const words = z.array(z.string().trim().min(1).max(200)).max(200);
const maxNodes = z.number().int().min(1).max(50_000);
/** A layout scope: "global", "local:<noteId>" or any short key the UI chooses. */
const scope = z.string().trim().min(1).max(300);

export interface GraphNode {
  /** A note id; in a domain aggregate, "domain:<domainId>". */
  id: string;
  title: string;
  domainId: string;
  /** The note's kind; "domain" for an aggregate node. */
  kind: string;
  /** The note's sharing stage; "" for an aggregate node. */
  stage: string;
  /** Links in and out within the shown graph (collapsed: one per linked pair and direction). */
  degree: number;
  /** Notes an aggregate node stands for (aggregate mode only). */
  count?: number;
  /** Only for local views: link steps from the centre note. */
  distance?: number;
  /** Saved layout position, when a layout is saved for the requested scope. */
  x?: number;
  y?: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** How many links the source note has to the target (or, aggregated, between the two domains). */
  weight: number;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Size of the graph before any reduction (after filters). */
  total: { nodes: number; edges: number };
  /** null when everything is shown; else how the view was reduced, with a sentence to show on screen. */
  reduced: null | { mode: 'sample' | 'aggregate'; shownNodes: number; note: string };
}

export interface GraphProblems {
  brokenLinks: { sourceId: string; sourceTitle: string; target: string }[];
  /** Live notes with no resolved link to or from another live note. */
  orphans: { id: string; title: string }[];
  /** Notes whose domain is archived or missing (notes.domain_id is NOT NULL, so "no domain" means no usable domain). */
  noDomain: { id: string; title: string; domainId: string; reason: 'archived' | 'missing' }[];
  /** Unknown or empty kind, or still every default of a new note (kind practice, stage identify, no tags): never classified. */
  noKind: { id: string; title: string; kind: string; reason: 'unknown' | 'default' }[];
  /** In the same sharing stage for more than stuckDays days (since the last stage change, else since creation). */
  stuck: { id: string; title: string; stage: string; since: string; days: number }[];
  /** Live notes sharing a title (case-insensitive) across domains. */
  duplicateTitles: { title: string; ids: string[] }[];
  /** Full counts (lists are capped at `limit`). */
  counts: { brokenLinks: number; orphans: number; noDomain: number; noKind: number; stuck: number; duplicateTitles: number; total: number };
}

export interface GraphDomainMetrics {
  domainId: string;
  name: string;
  notes: number;
  /** Collapsed links with both ends in the domain. */
  links: number;
  /** links / (notes × (notes − 1)), directed; 0 below two notes. */
  density: number;
  /** Weakly connected components of the domain's own subgraph (an isolated note is one). */
  components: number;
  /** The domain's most central notes by PageRank over the whole workspace graph. */
  topPageRank: { id: string; title: string; score: number }[];
}

export interface GraphMetrics {
  domains: GraphDomainMetrics[];
  /** The same measures over the whole workspace graph (topPageRank across all domains). */
  workspace: Omit<GraphDomainMetrics, 'domainId' | 'name'>;
}

export interface GraphLayout {
  scope: string;
  positions: Record<string, [number, number]>;
  updatedAt: string;
}

const filters = {
  domainIds: ids.optional(),
  kinds: words.optional(),
  stages: words.optional(),
  tags: words.optional(),
};

export const GRAPH_API = {
  'graph.global': method<
    z.ZodType<{ domainIds?: string[]; kinds?: string[]; stages?: string[]; tags?: string[]; maxNodes?: number; layoutScope?: string }>,
    GraphView
  >(z.object({ ...filters, maxNodes: maxNodes.optional(), layoutScope: scope.optional() }).strict()),
  'graph.local': method<z.ZodType<{ noteId: string; depth: number; maxNodes?: number; layoutScope?: string }>, GraphView>(
    z.object({ noteId: id, depth: z.number().int().min(1).max(3), maxNodes: maxNodes.optional(), layoutScope: scope.optional() }).strict(),
  ),
  'graph.problems': method<z.ZodType<{ stuckDays?: number; limit?: number }>, GraphProblems>(
    z.object({ stuckDays: z.number().int().min(0).max(36_500).optional(), limit: z.number().int().min(0).max(100_000).optional() }).strict(),
  ),
  'graph.metrics': method<z.ZodType<{ domainId?: string; top?: number }>, GraphMetrics>(
    z.object({ domainId: id.optional(), top: z.number().int().min(0).max(100).optional() }).strict(),
  ),
  'graph.layout.load': method<z.ZodType<{ scope: string }>, GraphLayout | null>(z.object({ scope }).strict()),
  'graph.layout.save': method<z.ZodType<{ scope: string; positions: Record<string, [number, number]> }>, GraphLayout>(
    z
      .object({
        scope,
        positions: z
          .record(id, z.tuple([z.number().finite(), z.number().finite()]))
          .refine((p) => Object.keys(p).length <= 100_000, 'A layout holds at most 100,000 positions'),
      })
      .strict(),
  ),
} as const;
