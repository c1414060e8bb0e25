// Validation of a path inside a .copkg archive: forward-slash, relative, no traversal; shared by the reader and the writer.
import type { ErrorCode } from '../../common/errors';

export interface PathProblem {
  code: ErrorCode;
  message: string;
}

/** Returns why `name` may not be an entry path, or null when it is acceptable. Order: drive, absolute, backslash, traversal, other. */
export function entryPathProblem(name: string, maxPathBytes = 1024): PathProblem | null {
  const shown = JSON.stringify(name.length > 200 ? `${name.slice(0, 200)}…` : name);
  if (/^[A-Za-z]:/.test(name)) return { code: 'PKG_DRIVE_PATH', message: `Entry ${shown} starts with a drive letter` };
  if (name.startsWith('/') || name.startsWith('\\')) return { code: 'PKG_ABSOLUTE_PATH', message: `Entry ${shown} is an absolute path` };
  if (name.includes('\\')) return { code: 'PKG_BACKSLASH_PATH', message: `Entry ${shown} contains a backslash` };
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return { code: 'PKG_PATH_TRAVERSAL', message: `Entry ${shown} climbs out of the package with ..` };
  if (name.length === 0) return { code: 'PKG_CORRUPT', message: 'An entry has an empty name' };
  if (Buffer.byteLength(name, 'utf8') > maxPathBytes) return { code: 'PKG_CORRUPT', message: `Entry name is longer than ${maxPathBytes} bytes` };
  if (/[\u0000-\u001f\u007f]/.test(name)) return { code: 'PKG_CORRUPT', message: `Entry ${shown} contains control characters` };
  if (name.endsWith('/')) return { code: 'PKG_UNLISTED_ENTRY', message: `Entry ${shown} is a directory entry, which the format does not use` };
  if (segments.some((s) => s === '' || s === '.')) return { code: 'PKG_CORRUPT', message: `Entry ${shown} has an empty or "." path segment` };
  return null;
}

/** The key two names collide under: Unicode NFC, then lower case (names differing only by case or normalisation collide). */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase().normalize('NFC');
}
