// The canonical key of a selection (what re-exports of "the same package" share) and the package id/version it maps to.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { PackageSelection } from '../../../common/packages/manifest-types';

const sorted = (a: readonly string[]): string[] => [...new Set(a)].sort();

/** Canonical JSON of the selection without its excluded ids (fixed key order, sorted de-duplicated lists). */
export function selectionKey(s: PackageSelection): string {
  return JSON.stringify({
    domainIds: sorted(s.domainIds),
    tags: sorted(s.tags),
    kinds: sorted(s.kinds),
    stages: sorted(s.stages),
    planIds: sorted(s.planIds),
    noteIds: sorted(s.noteIds),
    depth: s.depth,
    includeAttachments: s.includeAttachments,
  });
}

/** The id and next version for this selection: the stored package's id with version + 1, or a new id at version 1. */
export function nextPackageVersion(db: Database, key: string): { packageId: string; packageVersion: number } {
  const row = db.prepare('SELECT package_id, version FROM exported_packages WHERE selection_key = ?').get(key) as
    | { package_id: string; version: number }
    | undefined;
  return row ? { packageId: row.package_id, packageVersion: row.version + 1 } : { packageId: randomUUID(), packageVersion: 1 };
}

/** Records the written version (call inside the transaction that also records the sharing event). */
export function recordExportedVersion(db: Database, key: string, v: { packageId: string; packageVersion: number; title: string; now: string }): void {
  db.prepare(
    `INSERT INTO exported_packages (package_id, selection_key, version, title, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (package_id) DO UPDATE SET version = excluded.version, title = excluded.title, updated_at = excluded.updated_at`,
  ).run(v.packageId, key, v.packageVersion, v.title, v.now);
}
