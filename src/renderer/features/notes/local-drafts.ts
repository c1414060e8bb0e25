// Crash-safe copies of unsaved note edits in localStorage, keyed by note id, with the server version they were based on.

export interface LocalDraft {
  title: string;
  body: string;
  /** updatedAt of the note version the edits were made on. */
  baseUpdatedAt: string;
  /** When the copy was written (ISO). */
  savedAt: string;
}

const PREFIX = 'copw.noteDraft.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function writeLocalDraft(id: string, draft: Omit<LocalDraft, 'savedAt'>): void {
  try {
    storage()?.setItem(PREFIX + id, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // Quota exceeded or storage disabled: the server save still runs.
  }
}

export function readLocalDraft(id: string): LocalDraft | null {
  const raw = storage()?.getItem(PREFIX + id);
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as LocalDraft;
    return typeof d.body === 'string' && typeof d.title === 'string' && typeof d.baseUpdatedAt === 'string' ? d : null;
  } catch {
    return null;
  }
}

export function clearLocalDraft(id: string): void {
  storage()?.removeItem(PREFIX + id);
}

/** A local copy wins when it was made on the server's current version, or written after the server's last update. */
export function isDraftNewer(d: LocalDraft, serverUpdatedAt: string): boolean {
  return d.baseUpdatedAt === serverUpdatedAt || d.savedAt > serverUpdatedAt;
}
