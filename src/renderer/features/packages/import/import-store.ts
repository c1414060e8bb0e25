// State of every open package import preview (one per "package:<session>" tab): source, preview, choices, progress, result.
import type { ImportPreview, ImportReport, ImportStrategy } from '../../../../common/api/methods/packages';
import { createStore } from '../../../state/store';

export type ImportNoteStatus = ImportPreview['notes'][number]['status'];
export type ImportSource = { uploadId: string } | { path: string };

/** uploading → previewing → ready ⇄ importing → done; failed when the package could not be read at all. */
export type ImportPhase = 'uploading' | 'previewing' | 'ready' | 'importing' | 'done' | 'failed';

export interface ImportSession {
  id: string;
  /** The dropped or picked file name, or the path's base name (the tab title until the manifest is read). */
  fileName: string;
  source: ImportSource | null;
  phase: ImportPhase;
  /** Bytes (uploading) or notes (importing) done so far. */
  progress: { done: number; total: number } | null;
  preview: ImportPreview | null;
  /** Why the package was refused (phase failed) or why the last import attempt did not happen (phase ready). */
  error: { code: string; message: string } | null;
  /** What conflicting notes do when they have no per-note choice. */
  strategy: ImportStrategy;
  /** Per package note id, overriding the strategy (conflicts) or the default take-theirs (updated notes). */
  choices: Record<string, ImportStrategy>;
  filter: ImportNoteStatus | 'all';
  selected: string | null;
  taskId: string | null;
  report: ImportReport | null;
  trusting: boolean;
}

export const packageImports = createStore<{ byId: Record<string, ImportSession> }>({ byId: {} });

export function getSession(id: string): ImportSession | undefined {
  return packageImports.get().byId[id];
}

export function putSession(session: ImportSession): void {
  packageImports.set((s) => ({ byId: { ...s.byId, [session.id]: session } }));
}

export function patchSession(id: string, patch: Partial<ImportSession> | ((s: ImportSession) => Partial<ImportSession>)): void {
  packageImports.set((s) => {
    const cur = s.byId[id];
    if (!cur) return s;
    return { byId: { ...s.byId, [id]: { ...cur, ...(typeof patch === 'function' ? patch(cur) : patch) } } };
  });
}

export function dropSession(id: string): void {
  packageImports.set((s) => {
    if (!s.byId[id]) return s;
    const byId = { ...s.byId };
    delete byId[id];
    return { byId };
  });
}

/** The choice that applies to a note: its own, else take-theirs for updated notes and the strategy for conflicts. */
export function effectiveChoice(session: Pick<ImportSession, 'choices' | 'strategy'>, sourceId: string, status: ImportNoteStatus): ImportStrategy | null {
  if (status !== 'updated' && status !== 'conflict') return null;
  return session.choices[sourceId] ?? (status === 'updated' ? 'take-theirs' : session.strategy);
}

export const STATUSES: readonly ImportNoteStatus[] = ['new', 'updated', 'conflict', 'unchanged'];

export function countByStatus(preview: ImportPreview | null): Record<ImportNoteStatus, number> {
  const counts: Record<ImportNoteStatus, number> = { new: 0, updated: 0, conflict: 0, unchanged: 0 };
  for (const n of preview?.notes ?? []) counts[n.status]++;
  return counts;
}
