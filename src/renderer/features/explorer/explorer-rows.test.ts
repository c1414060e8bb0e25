// The explorer's virtual row layout: 100,000 notes become row indexes without building 100,000 objects.
import { describe, expect, it } from 'vitest';
import type { Domain } from '../../../common/api/types';
import { layoutRows, rowAt } from './explorer-rows';
import { noteAt, PAGE_SIZE, type DomainPages } from './note-pages';

const domain = (id: string, noteCount: number): Domain => ({ id, slug: id, name: id.toUpperCase(), description: '', archived: false, noteCount });
const domains = [domain('a', 100_000), domain('b', 0), domain('c', 3)];

describe('explorer rows', () => {
  it('counts a domain row plus one row per note of each expanded domain', () => {
    const pages: Record<string, DomainPages> = { a: { sort: 'title', total: 100_000, pages: {}, error: null } };
    const layout = layoutRows(domains, ['a'], pages);
    expect(layout.count).toBe(100_003);
    expect(rowAt(layout, 0, pages)).toMatchObject({ type: 'domain', domain: { id: 'a' } });
    expect(rowAt(layout, 1, pages)).toMatchObject({ type: 'note', index: 0 });
    expect(rowAt(layout, 100_000, pages)).toMatchObject({ type: 'note', index: 99_999 });
    expect(rowAt(layout, 100_001, pages)).toMatchObject({ type: 'domain', domain: { id: 'b' } });
    expect(rowAt(layout, 100_002, pages)).toMatchObject({ type: 'domain', domain: { id: 'c' } });
  });

  it('shows one loading row until the total is known, and an empty row for an empty domain', () => {
    const loading = layoutRows(domains, ['c'], {});
    expect(loading.count).toBe(4);
    expect(rowAt(loading, 3, {})).toMatchObject({ type: 'message', kind: 'loading' });
    const pages: Record<string, DomainPages> = { b: { sort: 'title', total: 0, pages: {}, error: null } };
    const empty = layoutRows(domains, ['b'], pages);
    expect(rowAt(empty, 2, pages)).toMatchObject({ type: 'message', kind: 'empty' });
  });

  it('finds a note by index inside its page, null while the page is not loaded', () => {
    const note = { id: 'n', title: 'T', domainId: 'a', kind: 'practice', stage: 'share', lang: 'en', tags: [], updatedAt: '' } as const;
    const d: DomainPages = { sort: 'title', total: 1000, pages: { 2: { epoch: 0, items: [{ ...note, tags: [] }] } }, error: null };
    expect(noteAt(d, PAGE_SIZE * 2)?.id).toBe('n');
    expect(noteAt(d, 0)).toBeNull();
  });
});
