// The persisted index: reopening loads it from disk, catches up with writes made behind its back, rebuilds when stale or corrupt.
import { describe, it, expect } from 'vitest';
import { existsSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, openServices } from '../helpers/workspace';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { indexPath } from '../../src/node/search/index-file';
import { addNotes, FIXTURE_NOTES, rawSql } from './fixture';

const tempDir = useTempDirs();

/** Opens the workspace, runs one search, and returns the hit titles and the index status. */
async function openAndSearch(dir: string, q: string) {
  const services = openServices(dir);
  try {
    const client = createInProcessClient(services);
    const result = await client.call('search.query', { q, limit: 50 });
    const status = await client.call('search.status', {});
    return { titles: result.items.map((h) => h.title), status, live: services.db.prepare('SELECT count(*) FROM notes WHERE deleted_at IS NULL').pluck().get() };
  } finally {
    services.close();
  }
}

function workspace(): string {
  const dir = demoWorkspace(tempDir('search-persist'));
  addNotes(dir, FIXTURE_NOTES);
  return dir;
}

describe('search index persistence', () => {
  it('is not created by services that never search', async () => {
    const dir = workspace();
    const services = openServices(dir);
    await createInProcessClient(services).call('workspace.stats', {});
    services.close();
    expect(existsSync(indexPath(dir))).toBe(false);
  });

  it('is built on first search, saved, and loaded from disk on the next open', async () => {
    const dir = workspace();
    const first = await openAndSearch(dir, 'zebrafish');
    expect(first.status).toEqual({ state: 'ready', indexed: first.live, loadedFromDisk: false });
    expect(existsSync(indexPath(dir))).toBe(true);
    const second = await openAndSearch(dir, 'zebrafish');
    expect(second.status).toEqual({ state: 'ready', indexed: first.live, loadedFromDisk: true });
    expect(second.titles).toEqual(first.titles);
  });

  it('finds notes by a tag word after loading from disk (the tag side is rebuilt from the saved index)', async () => {
    const dir = workspace();
    rawSql(dir, "INSERT INTO note_tags (note_id, tag) SELECT id, 'okapi-method' FROM notes WHERE title = 'Marsupial body mention'");
    const first = await openAndSearch(dir, 'okapi');
    expect(first.titles).toEqual(['Marsupial body mention']);
    const second = await openAndSearch(dir, 'okap');
    expect(second.status.loadedFromDisk).toBe(true);
    expect(second.titles).toEqual(['Marsupial body mention']);
    rawSql(dir, "DELETE FROM note_tags WHERE tag = 'okapi-method'");
    const third = await openAndSearch(dir, 'okapi');
    expect(third.status.loadedFromDisk).toBe(true);
    expect(third.titles).toEqual([]);
  });

  it('keeps incremental updates on close so the next open loads instead of rebuilding', async () => {
    const dir = workspace();
    const services = openServices(dir);
    const client = createInProcessClient(services);
    await client.call('search.query', { q: 'x' });
    const [note] = await client.call('notes.list', {});
    await client.call('notes.update', { id: note.id, body: 'Mentions the aardwolf once.' });
    expect((await client.call('search.query', { q: 'aardwolf' })).items.map((h) => h.id)).toEqual([note.id]);
    services.close();
    const fingerprint = JSON.parse(readFileSync(indexPath(dir), 'utf8').split('\n', 1)[0]) as { seq: number };
    const again = await openAndSearch(dir, 'aardwolf');
    expect(again.status.loadedFromDisk).toBe(true);
    expect(again.titles).toEqual([note.title]);
    expect(fingerprint.seq).toBeGreaterThan(0);
  });

  it('saves a small index about 2 s after the last change, without closing', async () => {
    const dir = workspace();
    const services = openServices(dir);
    try {
      const client = createInProcessClient(services);
      await client.call('search.query', { q: 'x' });
      await new Promise((r) => setTimeout(r, 300));
      const seqOf = () => (JSON.parse(readFileSync(indexPath(dir), 'utf8').split('\n', 1)[0]) as { seq: number }).seq;
      const before = seqOf();
      const [note] = await client.call('notes.list', {});
      await client.call('notes.update', { id: note.id, body: 'debounced dugong' });
      expect(seqOf()).toBe(before);
      await new Promise((r) => setTimeout(r, 2600));
      expect(seqOf()).toBeGreaterThan(before);
    } finally {
      services.close();
    }
  });

  it('catches up with raw SQL writes made while it was closed', async () => {
    const dir = workspace();
    await openAndSearch(dir, 'zebrafish');
    rawSql(dir, "UPDATE notes SET body = 'now about the pangolin' WHERE title = 'Weekly desk notes'");
    rawSql(dir, "UPDATE notes SET deleted_at = '2026-11-22' WHERE title = 'Zebrafish loan desk'");
    const after = await openAndSearch(dir, 'pangolin');
    expect(after.titles).toEqual(['Weekly desk notes']);
    expect(after.status).toMatchObject({ loadedFromDisk: true, indexed: after.live });
    expect((await openAndSearch(dir, 'zebrafish')).titles).toEqual([]);
  });

  it('rebuilds when the change log no longer covers the gap (stale index)', async () => {
    const dir = workspace();
    await openAndSearch(dir, 'zebrafish');
    rawSql(dir, "UPDATE notes SET body = 'the numbat came back' WHERE title = 'Weekly desk notes'");
    // Another process pruned the log past this index's position: the numbat edit is no longer in it.
    rawSql(dir, 'DELETE FROM search_changes');
    rawSql(dir, "UPDATE notes SET body = 'unrelated' WHERE title = 'Marsupial body mention'");
    const after = await openAndSearch(dir, 'numbat');
    expect(after.status.loadedFromDisk).toBe(false);
    expect(after.titles).toEqual(['Weekly desk notes']);
    expect((await openAndSearch(dir, 'numbat')).status.loadedFromDisk).toBe(true);
  });

  it('rebuilds when the index is ahead of the database (an older database copy)', async () => {
    const dir = workspace();
    await openAndSearch(dir, 'zebrafish');
    const text = readFileSync(indexPath(dir), 'utf8');
    const nl = text.indexOf('\n');
    const fp = JSON.parse(text.slice(0, nl)) as { seq: number };
    writeFileSync(indexPath(dir), JSON.stringify({ ...fp, seq: fp.seq + 1000 }) + text.slice(nl));
    expect((await openAndSearch(dir, 'zebrafish')).status.loadedFromDisk).toBe(false);
  });

  it('rebuilds, without crashing, from a corrupt, truncated or missing index file', async () => {
    const dir = workspace();
    await openAndSearch(dir, 'zebrafish');
    const good = readFileSync(indexPath(dir), 'utf8');
    for (const bad of ['not json at all', good.slice(0, Math.floor(good.length / 2)), good.split('\n')[0] + '\n{"documentCount": 3}']) {
      writeFileSync(indexPath(dir), bad);
      const r = await openAndSearch(dir, 'zebrafish');
      expect(r.status.loadedFromDisk).toBe(false);
      expect(r.titles).toEqual(['Zebrafish loan desk', 'Weekly desk notes']);
    }
    rmSync(indexPath(dir));
    const r = await openAndSearch(dir, 'zebrafish');
    expect(r.status.loadedFromDisk).toBe(false);
    expect(r.titles).toEqual(['Zebrafish loan desk', 'Weekly desk notes']);
  });

  it('answers search.status at once while the index is still opening (warm-up)', async () => {
    const dir = workspace();
    const services = openServices(dir);
    try {
      const client = createInProcessClient(services);
      const status = await client.call('search.status', {});
      expect(['building', 'ready']).toContain(status.state);
      await client.call('search.query', { q: 'zebrafish' });
      expect((await client.call('search.status', {})).state).toBe('ready');
    } finally {
      services.close();
    }
  });
});
