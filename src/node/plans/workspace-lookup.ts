// Workspace facts a plan needs: member names, domains, live notes (read fresh for each plan operation).
import type { Database } from 'better-sqlite3';

export interface WorkspaceLookup {
  memberName(id: string): string | null;
  memberExists(id: string): boolean;
  domainExists(id: string): boolean;
  domainName(id: string | null): string;
  /** The title of a live (not trashed) note, else null. */
  liveNoteTitle(id: string): string | null;
}

export function createWorkspaceLookup(db: Database): WorkspaceLookup {
  const members = new Map((db.prepare('SELECT id, name FROM members').all() as { id: string; name: string }[]).map((m) => [m.id, m.name]));
  const domains = new Map((db.prepare('SELECT id, name FROM domains').all() as { id: string; name: string }[]).map((d) => [d.id, d.name]));
  const note = db.prepare('SELECT title FROM notes WHERE id = ? AND deleted_at IS NULL').pluck();
  return {
    memberName: (id) => members.get(id) ?? null,
    memberExists: (id) => members.has(id),
    domainExists: (id) => domains.has(id),
    domainName: (id) => (id ? (domains.get(id) ?? '') : ''),
    liveNoteTitle: (id) => (note.get(id) as string | undefined) ?? null,
  };
}
