// Resolves a relative link in a vault file to a file inside the vault; anything outside is refused without being read.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, normalize, relative, resolve } from 'node:path';
import { isInside, toPosix } from './vault-files';

export type VaultPathResult = { ok: true; abs: string; rel: string } | { ok: false; reason: 'outside' | 'missing' | 'not-a-file'; message: string };

/** Decodes a Markdown link destination into a relative path (no query, no fragment); null for URLs with a scheme. */
export function linkPath(url: string): { path: string; fragment: string | null } | null {
  const trimmed = url.trim();
  if (!trimmed || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(trimmed) && !/^[A-Za-z]:[\\/]/.test(trimmed)) return null;
  if (trimmed.startsWith('#') || trimmed.startsWith('//')) return null;
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : null;
  let path = hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  const q = path.indexOf('?');
  if (q >= 0) path = path.slice(0, q);
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep the raw text */
  }
  return path ? { path, fragment } : null;
}

/** Resolves `path` written in vault file `fromRel` (relative to the vault root `root`). */
export function resolveInVault(root: string, fromRel: string, path: string): VaultPathResult {
  if (isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\')) {
    return { ok: false, reason: 'outside', message: `Link to an absolute path "${path}" was not followed` };
  }
  const abs = resolve(root, dirname(fromRel), normalize(path));
  if (!isInside(root, abs)) return { ok: false, reason: 'outside', message: `Link "${path}" points outside the vault; not read` };
  try {
    lstatSync(abs);
  } catch {
    return { ok: false, reason: 'missing', message: `Linked file "${path}" does not exist` };
  }
  let real: string;
  try {
    // Resolves symbolic links anywhere on the path, so a linked folder cannot lead outside either.
    real = realpathSync(abs);
  } catch {
    return { ok: false, reason: 'missing', message: `Linked file "${path}" is a broken symbolic link` };
  }
  if (!isInside(root, real)) return { ok: false, reason: 'outside', message: `Link "${path}" leads outside the vault through a symbolic link; not followed` };
  if (!statSync(real).isFile()) return { ok: false, reason: 'not-a-file', message: `Link "${path}" is not a file` };
  return { ok: true, abs: real, rel: toPosix(relative(root, abs)) };
}
