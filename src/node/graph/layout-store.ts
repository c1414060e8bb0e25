// Saved graph layouts (node positions per scope, e.g. "global" or "local:<noteId>") in the graph_layouts table.
import type { Database } from 'better-sqlite3';
import type { GraphLayout } from '../../common/api/methods/graph';

export class LayoutStore {
  constructor(private readonly db: Database) {}

  load(scope: string): GraphLayout | null {
    const row = this.db.prepare('SELECT positions, updated_at FROM graph_layouts WHERE scope = ?').get(scope) as { positions: string; updated_at: string } | undefined;
    if (!row) return null;
    return { scope, positions: JSON.parse(row.positions) as GraphLayout['positions'], updatedAt: row.updated_at };
  }

  /** Replaces the scope's layout as a whole. */
  save(scope: string, positions: GraphLayout['positions'], now: string): GraphLayout {
    this.db
      .prepare('INSERT INTO graph_layouts (scope, positions, node_count, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(scope) DO UPDATE SET positions = excluded.positions, node_count = excluded.node_count, updated_at = excluded.updated_at')
      .run(scope, JSON.stringify(positions), Object.keys(positions).length, now);
    return { scope, positions, updatedAt: now };
  }
}
