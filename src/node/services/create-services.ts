// createServices(config): opens (or creates) a workspace and wires the stores, handlers, events and dispatcher.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../common/api/contract';
import { createWorkspaceDb, DB_FILE, openWorkspaceDb } from '../db/open-workspace';
import { loadDemo } from '../demo/load-demo';
import { MetaStore } from '../store/meta-store';
import { systemClock } from '../store/clock';
import type { Clock } from '../store/clock';
import { createDispatcher } from '../transport/dispatch';
import type { Dispatcher } from '../transport/dispatch';
import { createApiHandlers } from './api-handlers';
import { EventHub } from './event-hub';
import type { EventListener } from './event-hub';

export const APP_VERSION = '0.1.0';

export interface ServicesConfig {
  workspaceDir: string;
  resourcesDir: string;
  /** better-sqlite3 addon built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
  /** Create the workspace when the folder has none: from the demo, empty, or refuse (default). */
  createIfMissing?: 'demo' | 'empty' | false;
  appVersion?: string;
  clock?: Clock;
}

export interface Services {
  workspaceDir: string;
  api: ApiHandlers;
  dispatch: Dispatcher;
  subscribe(listener: EventListener): () => void;
  close(): void;
  /** Direct database access for tests and maintenance commands. */
  db: Database;
}

export interface CreateWorkspaceOptions {
  demo: boolean;
  resourcesDir: string;
  nativeBinding?: string;
  name?: string;
  clock?: Clock;
}

/** Creates a new workspace folder, filled from the demo or empty; refuses non-empty folders. */
export function createWorkspace(dir: string, opts: CreateWorkspaceOptions): void {
  const now = (opts.clock ?? systemClock)().toISOString();
  createWorkspaceDb(
    dir,
    (db) => {
      if (opts.demo) loadDemo(db, join(opts.resourcesDir, 'demo'), now);
      const meta = new MetaStore(db);
      if (opts.name) meta.set('name', opts.name);
      if (!meta.get('name')) meta.set('name', 'My Community of Practice');
      meta.set('created_at', now);
    },
    { nativeBinding: opts.nativeBinding },
  );
}

export function createServices(config: ServicesConfig): Services {
  const { workspaceDir } = config;
  if (config.createIfMissing && !existsSync(join(workspaceDir, DB_FILE))) {
    createWorkspace(workspaceDir, {
      demo: config.createIfMissing === 'demo',
      resourcesDir: config.resourcesDir,
      nativeBinding: config.nativeBinding,
      clock: config.clock,
    });
  }
  const db = openWorkspaceDb(workspaceDir, { nativeBinding: config.nativeBinding });
  const events = new EventHub();
  const cleanups: (() => void)[] = [];
  const api = createApiHandlers({
    db,
    workspaceDir,
    appVersion: config.appVersion ?? APP_VERSION,
    clock: config.clock ?? systemClock,
    events,
    onClose: (fn) => cleanups.push(fn),
  });
  const dispatch = createDispatcher(api, (err) => console.error('[copw] internal error:', err));
  return {
    workspaceDir,
    api,
    dispatch,
    db,
    subscribe: (l) => events.subscribe(l),
    close: () => {
      for (const fn of cleanups.splice(0).reverse()) {
        try {
          fn();
        } catch (err) {
          console.error('[copw] cleanup failed:', err);
        }
      }
      if (db.open) db.close();
    },
  };
}
