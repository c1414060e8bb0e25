// Opening .copkg files with the desktop app (pure, no Electron import, unit-tested): the file association, the
// package paths in a command line, and the queue that holds them until the renderer says it is ready.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_EXTENSION = 'copkg';

/** The association a packager registers (electron-builder's `fileAssociations` entry shape). */
export const PACKAGE_FILE_ASSOCIATION = {
  ext: PACKAGE_EXTENSION,
  name: 'CoP Workbench Package',
  description: 'Knowledge package for CoP Workbench',
  mimeType: 'application/vnd.copw.package+zip',
  role: 'Editor',
} as const;

/** At most this many packages are taken from one command line or kept waiting for the renderer. */
export const MAX_PACKAGE_PATHS = 20;

const PATH_MAX = 4096;

/** One argument as an absolute .copkg path (plain path or file:// URL), or null when it is anything else. */
export function packagePathOf(arg: string, cwd: string): string | null {
  if (typeof arg !== 'string' || arg.length === 0 || arg.length > PATH_MAX || arg.startsWith('-') || arg.includes('\0')) return null;
  let path = arg;
  if (/^file:\/\//i.test(arg)) {
    try {
      path = fileURLToPath(arg);
    } catch {
      return null;
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    return null; // other URL schemes are never files
  }
  if (!path.toLowerCase().endsWith(`.${PACKAGE_EXTENSION}`)) return null;
  return isAbsolute(path) ? resolve(path) : resolve(cwd, path);
}

/** The .copkg files named in a list of arguments (no program name), de-duplicated, in order. */
export function packagePaths(args: readonly unknown[], cwd: string): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (typeof arg !== 'string') continue;
    const path = packagePathOf(arg, cwd);
    if (path && !out.includes(path)) out.push(path);
    if (out.length >= MAX_PACKAGE_PATHS) break;
  }
  return out;
}

/** The .copkg files in a process command line (argv[0] is the executable; Chromium switches are skipped). */
export function packagePathsFromArgv(argv: readonly string[] | undefined, cwd: string | undefined): string[] {
  return Array.isArray(argv) ? packagePaths(argv.slice(1), cwd || process.cwd()) : [];
}

/**
 * Paths wait here until the renderer has subscribed (it announces itself on the open-package channel); a reload or
 * a closed window makes it wait again. `send` returns false when there is no window to send to.
 */
export class PackageOpenQueue {
  private pending: string[] = [];
  private ready = false;

  constructor(private readonly send: (path: string) => boolean) {}

  open(paths: readonly string[]): void {
    for (const path of paths) {
      if (this.ready && this.send(path)) continue;
      if (!this.pending.includes(path) && this.pending.length < MAX_PACKAGE_PATHS) this.pending.push(path);
    }
  }

  rendererReady(): void {
    this.ready = true;
    const waiting = this.pending;
    this.pending = [];
    this.open(waiting);
  }

  rendererGone(): void {
    this.ready = false;
  }

  get waiting(): readonly string[] {
    return this.pending;
  }
}
