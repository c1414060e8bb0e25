// Builds real demo workspaces on disk for tests (one demo build per test file, copied per test).
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { findResourcesDir } from '../../src/node/paths';
import { createServices, createWorkspace } from '../../src/node/services/create-services';
import type { Services } from '../../src/node/services/create-services';

export const RESOURCES_DIR = findResourcesDir();
/** A fixed "today" so overdue counts and timestamps are stable. */
export const FIXED_NOW = new Date('2026-11-22T10:00:00.000Z');

let template: string | null = null;

/** Returns a fresh copy of a demo workspace inside `parent`. */
export function demoWorkspace(parent: string, name = 'ws'): string {
  if (!template) {
    template = join(parent, '.demo-template');
    createWorkspace(template, { demo: true, resourcesDir: RESOURCES_DIR, clock: () => FIXED_NOW });
  }
  const dir = join(parent, name);
  cpSync(template, dir, { recursive: true });
  return dir;
}

export function openServices(dir: string): Services {
  return createServices({ workspaceDir: dir, resourcesDir: RESOURCES_DIR, clock: () => FIXED_NOW });
}
