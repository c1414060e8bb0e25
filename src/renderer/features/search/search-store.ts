// The Search view's query and results: debounced live search where stale answers are dropped, so typing never waits.
import type { SearchResult } from '../../../common/api/methods/search';
import { api } from '../../state/services';
import { createStore } from '../../state/store';
import { errorParts } from '../notifications/report-error';

export const SEARCH_DEBOUNCE_MS = 100;

export const search = createStore<{ query: string; result: SearchResult | null; pending: boolean; error: string | null }>({
  query: '',
  result: null,
  pending: false,
  error: null,
});

let timer: ReturnType<typeof setTimeout> | null = null;
let latest = 0;

async function run(q: string): Promise<void> {
  const ticket = ++latest;
  if (!q.trim()) {
    search.set({ result: null, pending: false, error: null });
    return;
  }
  try {
    const result = await api().call('search.query', { q, limit: 50 });
    if (ticket === latest) search.set({ result, pending: false, error: null });
  } catch (err) {
    if (ticket === latest) search.set({ result: null, pending: false, error: errorParts(err).message });
  }
}

export function setSearchQuery(query: string): void {
  search.set({ query, pending: query.trim().length > 0 });
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void run(query);
  }, SEARCH_DEBOUNCE_MS);
}

/** Runs the current query again (after notes changed). */
export function rerunSearch(): void {
  const { query } = search.get();
  if (query.trim()) void run(query);
}
