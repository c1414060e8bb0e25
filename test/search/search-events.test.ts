// The index follows rename, delete, restore, purge, metadata and domain changes made through the API.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, openServices } from '../helpers/workspace';
import { createInProcessClient } from '../../src/node/transport/in-process';
import type { Services } from '../../src/node/services/create-services';
import type { ApiClient } from '../../src/common/api/contract';
import { addNotes, FIXTURE_NOTES } from './fixture';

const tempDir = useTempDirs();
let services: Services;
let client: ApiClient;
let ids: Record<string, string>;

const titles = async (q: string) => (await client.call('search.query', { q, limit: 200 })).items.map((h) => h.title);

beforeAll(async () => {
  const dir = demoWorkspace(tempDir('search-events'));
  ids = addNotes(dir, FIXTURE_NOTES);
  services = openServices(dir);
  client = createInProcessClient(services);
  await client.call('search.query', { q: 'warm' });
});
afterAll(() => services.close());

describe('search index and note lifecycle', () => {
  it('follows a rename', async () => {
    await client.call('notes.rename', { id: ids['Zebrafish loan desk'], title: 'Okapi loan desk' });
    expect(await titles('okapi')).toEqual(['Okapi loan desk']);
    expect(await titles('zebrafish')).toEqual(['Weekly desk notes']);
  });

  it('drops a deleted note, brings it back on restore, and forgets it on purge', async () => {
    const id = ids['Weekly desk notes'];
    await client.call('notes.delete', { id });
    expect(await titles('zebrafish')).toEqual([]);
    await client.call('notes.restore', { id });
    expect(await titles('zebrafish')).toEqual(['Weekly desk notes']);
    await client.call('notes.delete', { id });
    await client.call('notes.purge', { id });
    expect(await titles('zebrafish')).toEqual([]);
    expect((await client.call('search.status', {})).indexed).toBe(
      services.db.prepare('SELECT count(*) FROM notes WHERE deleted_at IS NULL').pluck().get(),
    );
  });

  it('follows tags, aliases, kind, stage and authors set through notes.setMeta', async () => {
    const id = ids['Marsupial body mention'];
    await client.call('notes.setMeta', { id, tags: ['Wombat'], aliases: ['Burrow guide'], kind: 'tool', stage: 'share', authorIds: ['m-yusuf'] });
    expect(await titles('tag:wombat')).toEqual(['Marsupial body mention']);
    expect(await titles('burrow')).toEqual(['Marsupial body mention']);
    expect(await titles('marsupial kind:tool stage:share author:yusuf')).toEqual(['Marsupial body mention']);
  });

  it('finds notes under a renamed domain by its new name without re-indexing', async () => {
    const domainId = services.db.prepare("SELECT id FROM domains WHERE name = 'Shelving'").pluck().get() as string;
    await client.call('domains.update', { id: domainId, name: 'Shelving & Stacks' });
    const r = await client.call('search.query', { q: 'domain:"Shelving & Stacks" quokka' });
    expect(r.items.map((h) => [h.title, h.domain])).toEqual([['Quokka alias holder', 'Shelving & Stacks']]);
  });
});
