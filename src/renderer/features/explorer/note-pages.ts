// Notes per domain for the explorer, fetched a page at a time with notes.page (100,000 notes never load at once).
import type { NoteSummary } from '../../../common/api/types';
import { api } from '../../state/services';
import { createStore } from '../../state/store';
import type { ExplorerSort } from '../../state/workbench-state';
import { sortNotes } from './sort-notes';

export const PAGE_SIZE = 200;

export interface DomainPages {
  sort: ExplorerSort;
  /** Known total, null until the first page answered. */
  total: number | null;
  /** Loaded pages with the epoch they were loaded in (older epochs are shown until refreshed). */
  pages: Record<number, { epoch: number; items: NoteSummary[] }>;
  error: string | null;
}

export const notePages = createStore<{ byDomain: Record<string, DomainPages>; epoch: number }>({ byDomain: {}, epoch: 0 });
const inFlight = new Set<string>();

function setDomain(domainId: string, update: (d: DomainPages) => DomainPages, sort: ExplorerSort): void {
  notePages.set((s) => {
    const current = s.byDomain[domainId];
    const base = current && current.sort === sort ? current : { sort, total: null, pages: {}, error: null };
    return { ...s, byDomain: { ...s.byDomain, [domainId]: update(base) } };
  });
}

/** Fallback when notes.page is unavailable: the whole list, sorted here and cut into pages. */
async function loadAllAsPages(domainId: string, sort: ExplorerSort, locale: string): Promise<void> {
  const all = sortNotes(await api().call('notes.list', { domainId }), sort, locale);
  const epoch = notePages.get().epoch;
  const pages: DomainPages['pages'] = {};
  for (let i = 0; i * PAGE_SIZE < all.length; i++) pages[i] = { epoch, items: all.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE) };
  setDomain(domainId, () => ({ sort, total: all.length, pages, error: null }), sort);
}

export async function ensurePage(domainId: string, page: number, sort: ExplorerSort, locale: string): Promise<void> {
  const current = notePages.get().byDomain[domainId];
  if (current && current.sort === sort && current.pages[page]?.epoch === notePages.get().epoch) return;
  const key = `${notePages.get().epoch}:${domainId}:${sort}:${page}`;
  if (inFlight.has(key)) return;
  inFlight.add(key);
  const epoch = notePages.get().epoch;
  try {
    const res = await api().call('notes.page', { domainId, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
    if (notePages.get().epoch !== epoch) return;
    setDomain(domainId, (d) => ({ ...d, total: res.total, pages: { ...d.pages, [page]: { epoch, items: res.items } }, error: null }), sort);
  } catch (err) {
    try {
      await loadAllAsPages(domainId, sort, locale);
    } catch {
      setDomain(domainId, (d) => ({ ...d, total: d.total ?? 0, error: err instanceof Error ? err.message : String(err) }), sort);
    }
  } finally {
    inFlight.delete(key);
  }
}

/** Notes changed: keep what is shown until fresh pages replace it. */
export function invalidateNotePages(): void {
  notePages.set((s) => ({ ...s, epoch: s.epoch + 1 }));
}

export function noteAt(d: DomainPages | undefined, index: number): NoteSummary | null {
  return d?.pages[Math.floor(index / PAGE_SIZE)]?.items[index % PAGE_SIZE] ?? null;
}
