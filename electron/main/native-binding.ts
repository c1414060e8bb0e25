// Where the better-sqlite3 addon built for Electron's ABI lives (no Electron import).
// Must agree with scripts/electron-native.mjs, which builds it there; a unit test checks both.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function cachedNativeBindingPath(appRoot: string, electronVersion: string, platform: string, arch: string): string {
  return join(
    appRoot,
    '.cache',
    'electron-native',
    `${electronVersion}-${platform}-${arch}`,
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
}

/**
 * The addon to load: COPW_SQLITE_BINDING (set by `npm start`), else the cached Electron build when
 * present (e.g. when started with `electron .` or `electron-vite dev` after one `npm start`), else
 * undefined (better-sqlite3's own build, which only loads if it matches Electron's ABI).
 */
export function resolveNativeBinding(
  env: NodeJS.ProcessEnv,
  appRoot: string,
  electronVersion: string,
  platform: string = process.platform,
  arch: string = process.arch,
): string | undefined {
  if (env.COPW_SQLITE_BINDING) return env.COPW_SQLITE_BINDING;
  const cached = cachedNativeBindingPath(appRoot, electronVersion, platform, arch);
  return existsSync(cached) ? cached : undefined;
}
