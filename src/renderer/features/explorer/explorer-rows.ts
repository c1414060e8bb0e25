// The explorer's virtual rows: each domain, then (when expanded) one row per note index, resolved lazily.
import type { Domain } from '../../../common/api/types';
import type { DomainPages } from './note-pages';

export type RowRef = { type: 'domain'; domain: Domain } | { type: 'note'; domain: Domain; index: number } | { type: 'message'; domain: Domain; kind: 'loading' | 'empty' };

export interface RowLayout {
  count: number;
  /** First row index of each domain. */
  starts: number[];
  domains: Domain[];
  sizes: number[];
}

/** Rows under a domain: its notes, or one message row while loading or when it has none. */
function childRows(domain: Domain, expanded: boolean, pages: DomainPages | undefined): number {
  if (!expanded) return 0;
  const total = pages?.total ?? null;
  return total === null || total === 0 ? 1 : total;
}

export function layoutRows(domains: Domain[], expanded: string[], byDomain: Record<string, DomainPages>): RowLayout {
  const starts: number[] = [];
  const sizes: number[] = [];
  let count = 0;
  for (const d of domains) {
    starts.push(count);
    const size = 1 + childRows(d, expanded.includes(d.id), byDomain[d.id]);
    sizes.push(size);
    count += size;
  }
  return { count, starts, domains, sizes };
}

export function rowAt(layout: RowLayout, index: number, byDomain: Record<string, DomainPages>): RowRef | null {
  let lo = 0;
  let hi = layout.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  const domain = layout.domains[lo];
  if (!domain) return null;
  const offset = index - layout.starts[lo];
  if (offset === 0) return { type: 'domain', domain };
  const pages = byDomain[domain.id];
  if (!pages || pages.total === null) return { type: 'message', domain, kind: 'loading' };
  if (pages.total === 0) return { type: 'message', domain, kind: 'empty' };
  return { type: 'note', domain, index: offset - 1 };
}
