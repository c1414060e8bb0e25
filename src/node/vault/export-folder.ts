// Shared by the folder exports (Markdown vault, HTML mini-site): domain choice, an empty target folder, writes kept inside it.
import type { Database } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../common/errors';
import { isInside } from './vault-files';

export interface ExportDomain {
  id: string;
  name: string;
  description: string;
}

/** The domains to export, by name: all, or exactly `domainIds` (every unknown id is named in a NOT_FOUND error). */
export function selectExportDomains(db: Database, domainIds: readonly string[] | undefined): ExportDomain[] {
  const all = db.prepare('SELECT id, name, description FROM domains ORDER BY name COLLATE NOCASE, id').all() as ExportDomain[];
  if (!domainIds || domainIds.length === 0) return all;
  const wanted = new Set(domainIds);
  const missing = [...wanted].filter((id) => !all.some((d) => d.id === id));
  if (missing.length) throw new AppError('NOT_FOUND', `No domain with id ${missing.join(', ')}`);
  return all.filter((d) => wanted.has(d.id));
}

/**
 * Runs `write` on an empty (or new) folder; refuses a file or a non-empty folder. If `write` throws, the folder is
 * left as it was: emptied again, and removed when this call created it.
 */
export function exportIntoEmptyFolder<T>(dir: string, write: (outDir: string) => T): T {
  const outDir = resolve(dir);
  let created = false;
  if (!existsSync(outDir)) {
    mkdirSync(outDir, { recursive: true });
    created = true;
  } else {
    if (!statSync(outDir).isDirectory()) throw new AppError('CONFLICT', `Export target is a file, not a folder: ${outDir}`);
    if (readdirSync(outDir).length > 0) throw new AppError('CONFLICT', `Export folder is not empty: ${outDir}`);
  }
  try {
    return write(outDir);
  } catch (err) {
    for (const entry of readdirSync(outDir)) rmSync(join(outDir, entry), { recursive: true, force: true });
    if (created) rmSync(outDir, { recursive: true, force: true });
    throw err;
  }
}

/** Writes a file (text, or a copy of `copyFrom`) at path segments below outDir; a segment that could leave it is refused. */
export function folderWriter(outDir: string): (rel: string[], data: string | null, copyFrom?: string) => void {
  return (rel, data, copyFrom) => {
    const target = join(outDir, ...rel);
    if (!isInside(outDir, target) || rel.some((s) => s === '..' || s === '.' || /[\\/]/.test(s))) {
      throw new AppError('INTERNAL', `Refusing to write outside the export folder: ${target}`);
    }
    if (copyFrom) copyFileSync(copyFrom, target);
    else writeFileSync(target, data ?? '');
  };
}
