// Builds the renderer bundle for the browser host when it is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { AppError } from '../common/errors';
import { APP_ROOT, RENDERER_DIR } from './repo-paths';

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function uiIsStale(): boolean {
  const index = join(RENDERER_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const sources = ['src/renderer', 'src/common', 'resources/locales'].map((d) => newestMtime(join(APP_ROOT, d)));
  return Math.max(...sources) > statSync(index).mtimeMs;
}

/** Runs `electron-vite build` (stdout to stderr so the URL stays the only stdout line). */
export function ensureUiBuilt(log: (line: string) => void): void {
  if (!uiIsStale()) return;
  if (!existsSync(join(APP_ROOT, 'src', 'renderer', 'index.html'))) {
    if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
    throw new AppError('NOT_FOUND', `The UI bundle is missing at ${RENDERER_DIR}`);
  }
  log('Building the workbench UI (first run or sources changed)…');
  const require = createRequire(import.meta.url);
  const bin = join(require.resolve('electron-vite/package.json'), '..', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: APP_ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new AppError('INTERNAL', `Building the UI failed (electron-vite build exited ${result.status})`);
}
