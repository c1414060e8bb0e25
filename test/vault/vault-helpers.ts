// Helpers for the vault tests: empty workspaces, the Foam fixture path, and byte-level snapshots of a workspace.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Database } from 'better-sqlite3';
import { createWorkspace } from '../../src/node/services/create-services';
import { REPO_ROOT } from '../helpers/run-cli';
import { FIXED_NOW, RESOURCES_DIR } from '../helpers/workspace';

export const FOAM_DOCS = join(REPO_ROOT, '..', 'shared', 'fixtures', 'vaults', 'foam-docs');

export function emptyWorkspace(parent: string, name = 'ws'): string {
  const dir = join(parent, name);
  createWorkspace(dir, { demo: false, resourcesDir: RESOURCES_DIR, clock: () => FIXED_NOW });
  return dir;
}

/** Every file under a folder with its SHA-256 (sorted), so two snapshots compare byte for byte. */
export function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        out[relative(dir, full) + '/'] = 'dir';
        walk(full);
      } else out[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** The full content of every table (the database is in WAL mode, so raw file bytes are not a fair comparison). */
export function dbContent(db: Database): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all();
  return out;
}
