// Numbered schema migrations; PRAGMA user_version holds the version a workspace is at.
import type { Database } from 'better-sqlite3';
import { migration001Initial } from './migrations/001-initial';
import { migration002Lifecycle } from './migrations/002-lifecycle';
import { migration003NotesIndexes } from './migrations/003-notes-indexes';
import { migration004SearchChanges } from './migrations/004-search-changes';
import { migration005SearchFts } from './migrations/005-search-fts';
import { migration006PlansTemplates } from './migrations/006-plans-templates';
import { migration007Packages } from './migrations/007-packages';
import { migration008PlanProvenance } from './migrations/008-plan-provenance';
import { migration009Graph } from './migrations/009-graph';
import { migration010Network } from './migrations/010-network';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** In version order: migrate() skips any entry at or below the current version, so 003 must sit before 004. */
export const MIGRATIONS: readonly Migration[] = [migration001Initial, migration002Lifecycle, migration003NotesIndexes, migration004SearchChanges, migration005SearchFts, migration006PlansTemplates, migration007Packages, migration008PlanProvenance, migration009Graph, migration010Network];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Applies every migration above the current version, each in its own transaction. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  let version = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= version) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    version = m.version;
  }
  return version;
}
