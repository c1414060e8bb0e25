// The knowledge graph service: builds the graph once per workspace change (cached with its PageRank) and answers views, problems, metrics.
import type { Database } from 'better-sqlite3';
import type { GraphMetrics, GraphProblems, GraphView } from '../../common/api/methods/graph';
import { AppError } from '../../common/errors';
import type { Clock } from '../store/clock';
import { buildKnowledgeGraph, computePageRank } from './build-graph';
import type { KnowledgeGraph } from './build-graph';
import { findProblems } from './graph-problems';
import { graphMetrics } from './graph-metrics';
import { centralOrder, globalView, localView } from './graph-views';
import type { GraphFilters } from './graph-views';
import { LayoutStore } from './layout-store';

interface Cached {
  key: string;
  graph: KnowledgeGraph;
  pageRank: Float64Array | null;
  central: Int32Array | null;
}

export class GraphService {
  readonly layouts: LayoutStore;
  private cache: Cached | null = null;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {
    this.layouts = new LayoutStore(db);
  }

  /**
   * Every write to notes, tags, aliases or authors (and so every link change, which comes with a note write) bumps the
   * search change log's sequence; another connection's commit bumps data_version. Either rebuilds the graph.
   */
  private version(): string {
    const seq = this.db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'search_changes'").pluck().get() ?? 0;
    return `${this.db.pragma('data_version', { simple: true })}:${seq}`;
  }

  private current(): Cached {
    const key = this.version();
    if (this.cache?.key !== key) this.cache = { key, graph: buildKnowledgeGraph(this.db), pageRank: null, central: null };
    return this.cache;
  }

  graph(): KnowledgeGraph {
    return this.current().graph;
  }

  pageRank(): Float64Array {
    const c = this.current();
    c.pageRank ??= computePageRank(c.graph);
    return c.pageRank;
  }

  /** Every node position, most central first. */
  private central(): Int32Array {
    const pageRank = this.pageRank();
    const c = this.current();
    c.central ??= centralOrder(c.graph, pageRank);
    return c.central;
  }

  private domains(): { id: string; name: string }[] {
    return this.db.prepare('SELECT id, name FROM domains ORDER BY name COLLATE NOCASE, id').all() as { id: string; name: string }[];
  }

  global(filters: GraphFilters, maxNodes?: number, layoutScope?: string): GraphView {
    const names = new Map(this.domains().map((d) => [d.id, d.name]));
    const central = this.central();
    return this.withLayout(globalView(this.graph(), central, filters, names, maxNodes), layoutScope);
  }

  local(noteId: string, depth: number, maxNodes?: number, layoutScope?: string): GraphView {
    const pageRank = this.pageRank();
    return this.withLayout(localView(this.graph(), pageRank, noteId, depth, maxNodes), layoutScope);
  }

  problems(stuckDays?: number, limit?: number): GraphProblems {
    return findProblems(this.db, this.graph(), this.clock(), stuckDays, limit);
  }

  metrics(domainId?: string, top?: number): GraphMetrics {
    let domains = this.domains();
    if (domainId !== undefined) {
      domains = domains.filter((d) => d.id === domainId);
      if (!domains.length) throw new AppError('NOT_FOUND', `No domain with id ${domainId}`);
    }
    const pageRank = this.pageRank();
    return graphMetrics(this.graph(), pageRank, domains, top);
  }

  private withLayout(view: GraphView, scope: string | undefined): GraphView {
    if (scope === undefined) return view;
    const layout = this.layouts.load(scope);
    if (!layout) return view;
    for (const node of view.nodes) {
      if (!Object.hasOwn(layout.positions, node.id)) continue;
      const [x, y] = layout.positions[node.id];
      node.x = x;
      node.y = y;
    }
    return view;
  }
}
