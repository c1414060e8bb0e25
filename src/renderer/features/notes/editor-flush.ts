// Editors that convert to Markdown lazily (large notes) register a flush here, so saves and page unloads get every keystroke.
const flushers = new Map<string, () => void>();

export function registerEditorFlush(noteId: string, flush: () => void): () => void {
  flushers.set(noteId, flush);
  return () => {
    if (flushers.get(noteId) === flush) flushers.delete(noteId);
  };
}

/** Pushes the editor's pending content of a note into its draft now (no-op when nothing is pending). */
export function flushEditor(noteId: string): void {
  flushers.get(noteId)?.();
}

export function flushAllEditors(): void {
  for (const flush of [...flushers.values()]) flush();
}
