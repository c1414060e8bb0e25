// Where things live on disk: the user's default workspace and the app's resources folder.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The user's default workspace folder, shared by the desktop app and `copw serve`. COPW_HOME overrides. */
export function defaultWorkspaceDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.COPW_HOME) return join(resolve(env.COPW_HOME), 'default-workspace');
  let base: string;
  if (platform === 'win32') base = env.APPDATA || join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') base = join(home, 'Library', 'Application Support');
  else base = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return join(base, 'CoP Workbench', 'default-workspace');
}

/** Finds the repository's resources folder by walking up from this file (source or bundled). */
export function findResourcesDir(from: string = fileURLToPath(import.meta.url)): string {
  let dir = resolve(from, '..');
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'locales'))) return candidate;
    dir = resolve(dir, '..');
  }
  throw new Error(`Cannot find the resources folder above ${from}`);
}
