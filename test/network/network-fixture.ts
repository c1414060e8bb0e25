// A small real workspace for network tests: one domain, five members (E in another domain), an API client.
import { join } from 'node:path';
import { createWorkspace } from '../../src/node/services/create-services';
import type { Services } from '../../src/node/services/create-services';
import { MemberStore } from '../../src/node/store/member-store';
import { createInProcessClient } from '../../src/node/transport/in-process';
import type { ApiClient } from '../../src/common/api/contract';
import { FIXED_NOW, RESOURCES_DIR, openServices } from '../helpers/workspace';

export const PEOPLE = {
  A: { id: 'm-a', name: 'Ayu Lestari', email: 'ayu@example.org' },
  B: { id: 'm-b', name: 'Bima Sakti', email: 'bima@example.org' },
  C: { id: 'm-c', name: 'Citra Dewi', email: 'citra@example.org' },
  D: { id: 'm-d', name: 'Dodi Irawan', email: 'dodi@example.org' },
  E: { id: 'm-e', name: 'Eka Putri', email: 'eka@example.org' },
} as const;

export interface NetworkFixture {
  services: Services;
  client: ApiClient;
  dir: string;
  humasId: string;
  otherId: string;
}

/** Empty workspace + domains "Humas" (A–D) and "Other" (E); members written through the real MemberStore. */
export async function networkWorkspace(parent: string, name = 'net'): Promise<NetworkFixture> {
  const dir = join(parent, name);
  createWorkspace(dir, { demo: false, resourcesDir: RESOURCES_DIR, clock: () => FIXED_NOW });
  const services = openServices(dir);
  const client = createInProcessClient(services);
  const humas = await client.call('domains.create', { name: 'Humas' });
  const other = await client.call('domains.create', { name: 'Other' });
  const store = new MemberStore(services.db);
  for (const [key, p] of Object.entries(PEOPLE)) {
    store.insert({ ...p, role: '', participation: 'active', narrative: '', domainIds: [key === 'E' ? other.id : humas.id] }, FIXED_NOW.toISOString());
  }
  return { services, client, dir, humasId: humas.id, otherId: other.id };
}

/** A note by `authorId` in the domain, with an optional body and tags. */
export async function noteBy(client: ApiClient, domainId: string, title: string, authorId: string, body = '', tags: string[] = []): Promise<string> {
  const n = await client.call('notes.create', { domainId, title });
  if (body) await client.call('notes.update', { id: n.id, body });
  await client.call('notes.setMeta', { id: n.id, authorIds: [authorId], tags });
  return n.id;
}
