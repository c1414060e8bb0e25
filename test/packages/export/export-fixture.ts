// Shared setup for export tests: a demo workspace copy with its services and in-process client.
import type { PackageSelection } from '../../../src/common/packages/manifest-types';
import { createInProcessClient } from '../../../src/node/transport/in-process';
import { demoWorkspace, openServices } from '../../helpers/workspace';

export const CIRCULATION = 'Circulation';

export function selection(s: Partial<PackageSelection>): PackageSelection {
  return { domainIds: [], tags: [], kinds: [], stages: [], planIds: [], noteIds: [], depth: 0, includeAttachments: true, excludedNoteIds: [], ...s };
}

export function openDemo(parent: string, name: string) {
  const dir = demoWorkspace(parent, name);
  const services = openServices(dir);
  const client = createInProcessClient(services);
  const db = services.db;
  const domainId = (name: string) => db.prepare('SELECT id FROM domains WHERE name = ?').pluck().get(name) as string;
  const liveIds = (sql: string, ...args: unknown[]) => (db.prepare(sql).pluck().all(...args) as string[]).sort();
  return { dir, services, client, db, domainId, liveIds };
}
