// Client-side note ordering for the explorer (used when notes come from the plain list instead of notes.page).
import type { NoteSummary } from '../../../common/api/types';
import type { ExplorerSort } from '../../state/workbench-state';

export function sortNotes(notes: NoteSummary[], sort: ExplorerSort, locale: string): NoteSummary[] {
  const byTitle = (a: NoteSummary, b: NoteSummary) => a.title.localeCompare(b.title, locale, { sensitivity: 'base', numeric: true });
  return [...notes].sort(sort === 'updated' ? (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byTitle(a, b) : byTitle);
}
