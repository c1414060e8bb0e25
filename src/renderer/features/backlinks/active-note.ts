// The note of the active editor tab (what the Backlinks panel and note commands act on).
import { useStore } from '../../state/store';
import { parseTabId } from '../../state/tabs';
import { workbench } from '../../state/workbench-store';

export function activeNoteId(): string | null {
  const parsed = parseTabId(workbench.get().activeTab ?? '');
  return parsed?.kind === 'note' ? parsed.id : null;
}

export function useActiveNoteId(): string | null {
  const tab = useStore(workbench, (s) => s.activeTab);
  const parsed = parseTabId(tab ?? '');
  return parsed?.kind === 'note' ? parsed.id : null;
}
