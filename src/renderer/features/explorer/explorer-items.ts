// Flattens domains and their (sorted) notes into the visible rows of the explorer tree.
import type { Domain, NoteSummary } from '../../../common/api/types';
import type { ExplorerSort } from '../../state/workbench-state';

export type ExplorerItem =
  | { key: string; type: 'domain'; domain: Domain; expanded: boolean }
  | { key: string; type: 'note'; note: NoteSummary; domainId: string }
  | { key: string; type: 'empty'; domainId: string }
  | { key: string; type: 'loading'; domainId: string };

export function sortNotes(notes: NoteSummary[], sort: ExplorerSort, locale: string): NoteSummary[] {
  const byTitle = (a: NoteSummary, b: NoteSummary) => a.title.localeCompare(b.title, locale, { sensitivity: 'base', numeric: true });
  return [...notes].sort(sort === 'updated' ? (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byTitle(a, b) : byTitle);
}

export function explorerItems(
  domains: Domain[],
  notesByDomain: Record<string, NoteSummary[]>,
  expanded: string[],
  sort: ExplorerSort,
  locale: string,
): ExplorerItem[] {
  const items: ExplorerItem[] = [];
  for (const domain of domains) {
    const isOpen = expanded.includes(domain.id);
    items.push({ key: `d:${domain.id}`, type: 'domain', domain, expanded: isOpen });
    if (!isOpen) continue;
    const notes = notesByDomain[domain.id];
    if (!notes) items.push({ key: `l:${domain.id}`, type: 'loading', domainId: domain.id });
    else if (notes.length === 0) items.push({ key: `e:${domain.id}`, type: 'empty', domainId: domain.id });
    else for (const note of sortNotes(notes, sort, locale)) items.push({ key: `n:${note.id}`, type: 'note', note, domainId: domain.id });
  }
  return items;
}
