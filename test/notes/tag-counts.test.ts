// notes.tags: every tag in use with its count of live notes, most used first; trashed notes do not count.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();

describe('notes.tags', () => {
  it('counts each tag once per live note, most used first, ties by tag', async () => {
    const env = notesEnv(tempDir('tag-counts'));
    expect(await env.client.call('notes.tags', {})).toEqual([]);
    const d = await env.domain('Circulation');
    const a = await env.note(d, 'A');
    const b = await env.note(d, 'B');
    const c = await env.note(d, 'C');
    await env.client.call('notes.setMeta', { id: a, tags: ['library', 'slims'] });
    await env.client.call('notes.setMeta', { id: b, tags: ['library', 'ekspor'] });
    await env.client.call('notes.setMeta', { id: c, tags: ['library', 'catalog'] });
    expect(await env.client.call('notes.tags', {})).toEqual([
      { tag: 'library', count: 3 },
      { tag: 'catalog', count: 1 },
      { tag: 'ekspor', count: 1 },
      { tag: 'slims', count: 1 },
    ]);
    await env.client.call('notes.delete', { id: c });
    expect(await env.client.call('notes.tags', {})).toEqual([
      { tag: 'library', count: 2 },
      { tag: 'ekspor', count: 1 },
      { tag: 'slims', count: 1 },
    ]);
  });
});
