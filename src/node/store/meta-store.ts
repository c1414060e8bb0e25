// Workspace metadata (name, description) and per-workspace UI state, as small key/value tables.
import type { Database } from 'better-sqlite3';
import type { UiState, WorkspaceStats } from '../../common/api/types';

export class MetaStore {
  constructor(private readonly db: Database) {}

  get(key: string): string | null {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  set(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  getUiState(): UiState | null {
    const raw = this.db.prepare("SELECT value FROM ui_state WHERE key = 'workbench'").pluck().get() as string | undefined;
    return raw ? (JSON.parse(raw) as UiState) : null;
  }

  setUiState(state: UiState): void {
    this.db
      .prepare("INSERT INTO ui_state (key, value) VALUES ('workbench', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .run(JSON.stringify(state));
  }

  stats(): WorkspaceStats {
    const count = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return {
      notes: count('SELECT count(*) FROM notes WHERE deleted_at IS NULL'),
      links: count('SELECT count(*) FROM links l JOIN notes n ON n.id = l.source_id WHERE n.deleted_at IS NULL'),
      unresolvedLinks: count(
        'SELECT count(*) FROM links l JOIN notes n ON n.id = l.source_id WHERE n.deleted_at IS NULL AND l.target_id IS NULL',
      ),
      domains: count('SELECT count(*) FROM domains'),
      members: count('SELECT count(*) FROM members'),
      plans: count('SELECT count(*) FROM plans'),
      attachments: count('SELECT count(*) FROM attachments'),
      trashed: count('SELECT count(*) FROM notes WHERE deleted_at IS NOT NULL'),
    };
  }
}
