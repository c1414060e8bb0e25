// Opens a package for import through the archive reader: every check (paths, sizes, checksums, signature) before anything else.
import type { Database } from 'better-sqlite3';
import { readPackage } from '../archive-reader';
import type { ReadPackageResult } from '../archive-reader';
import { trustedKeyRefs } from '../identity';

/** Verifies the package against this workspace's trusted keys (read only; nothing is written). */
export async function openPackage(db: Database, path: string, signal?: AbortSignal): Promise<ReadPackageResult> {
  return readPackage(path, { trustedKeys: trustedKeyRefs(db), signal });
}
