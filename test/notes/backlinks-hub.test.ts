// Backlinks are paged in SQL with one-line snippets; a hub with 10,000 backlinks answers its first page quickly.
import { describe, expect, it } from 'vitest';
import { NoteStore } from '../../src/node/store/note-store';
import { useTempDirs } from '../helpers/temp-dir';
import { notesEnv } from './env';

const tempDir = useTempDirs();
const pad = (i: number) => String(i).padStart(5, '0');

describe('notes.backlinks', () => {
  it('pages 10,000 backlinks of a hub with snippets around each link', async () => {
    const env = notesEnv(tempDir('hub'));
    const d = await env.domain('Circulation');
    const hub = await env.note(d, 'Hub');
    const store = new NoteStore(env.services.db);
    const stamp = '2026-11-22T10:00:00.000Z';
    const filler = 'lorem ipsum dolor sit amet '.repeat(20);
    env.services.db.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        const body = `${filler}\n\nNote ${pad(i)}   points\nto [[Hub|the hub]] here.\n\n${filler}[[Hub#Second]]`;
        const id = store.insert({ title: `Source ${pad(i)}`, domainId: d, kind: 'practice', stage: 'share', body, createdAt: stamp, updatedAt: stamp });
        store.relink(id);
      }
    })();
    const t0 = performance.now();
    const first = await env.client.call('notes.backlinks', { id: hub, limit: 100 });
    const ms = performance.now() - t0;
    const t1 = performance.now();
    await env.client.call('notes.backlinks', { id: hub, limit: 100 });
    console.log(`hub backlinks, first page of 100 out of 10,000: ${ms.toFixed(1)} ms cold, ${(performance.now() - t1).toFixed(1)} ms warm`);
    expect(first.total).toBe(10_000);
    expect(first.items).toHaveLength(100);
    expect(first.items[0].sourceTitle).toBe('Source 00000');
    expect(first.items[99].sourceTitle).toBe('Source 00099');
    const item = first.items[7];
    expect(item).toMatchObject({ label: 'the hub', heading: null, domainId: d });
    expect(item.snippet).toContain('Note 00007 points to «the hub» here.');
    expect(item.snippet).not.toContain('[[');
    expect(item.snippet).not.toMatch(/\n|\s{2}/);
    expect(item.snippet.length).toBeLessThanOrEqual(164);
    expect(item.snippet.startsWith('…') && item.snippet.endsWith('…')).toBe(true);

    const last = await env.client.call('notes.backlinks', { id: hub, offset: 9_950, limit: 100 });
    expect(last.total).toBe(10_000);
    expect(last.items.map((b) => b.sourceTitle)).toEqual(Array.from({ length: 50 }, (_, i) => `Source ${pad(9_950 + i)}`));
    // A trashed source drops out of the total.
    await env.client.call('notes.delete', { id: first.items[0].sourceId });
    expect((await env.client.call('notes.backlinks', { id: hub, limit: 1 })).total).toBe(9_999);
    env.services.close();
  }, 60_000);
});
