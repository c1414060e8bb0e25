// The workspace's stable id (meta 'workspaceId', a uuid), created on first use; origin of notes written here.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** Returns the workspace id, creating and storing it on first call (INSERT OR IGNORE keeps concurrent callers consistent). */
export function workspaceId(db: Database): string {
  const read = () => db.prepare("SELECT value FROM meta WHERE key = 'workspaceId'").pluck().get() as string | undefined;
  const existing = read();
  if (existing) return existing;
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('workspaceId', ?)").run(randomUUID());
  return read() as string;
}

/** The workspace id if one was ever created, without creating it (for read-only callers). */
export function existingWorkspaceId(db: Database): string | null {
  return (db.prepare("SELECT value FROM meta WHERE key = 'workspaceId'").pluck().get() as string | undefined) ?? null;
}
