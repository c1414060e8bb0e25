// Shared setup for import tests: two demo workspaces (A exports, B imports) and small helpers over their databases.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ApiClient } from '../../../src/common/api/contract';
import { createInProcessClient } from '../../../src/node/transport/in-process';
import type { Services } from '../../../src/node/services/create-services';
import { demoWorkspace, openServices } from '../../helpers/workspace';

export interface Side {
  dir: string;
  services: Services;
  client: ApiClient;
  db: Database;
}

export function openSide(parent: string, name: string): Side {
  const dir = demoWorkspace(parent, name);
  const services = openServices(dir);
  return { dir, services, client: createInProcessClient(services), db: services.db };
}

export async function domainId(side: Side, name: string): Promise<string> {
  const d = (await side.client.call('domains.list', {})).find((x) => x.name === name);
  if (!d) throw new Error(`no domain ${name}`);
  return d.id;
}

/** Exports the given domain of `side` (same selection → same package id, next version) to parent/<file>. */
export async function exportDomain(side: Side, parent: string, domain: string, file: string, title = 'Circulation notes') {
  const outPath = join(parent, file);
  const result = await side.client.call('packages.export', { selection: { domainIds: [await domainId(side, domain)] }, outPath, title });
  return { ...result, path: outPath };
}

/** Rows changed in this database by anything since the connection opened (total_changes counts every insert/update/delete). */
export function totalChanges(db: Database): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

export function count(db: Database, sql: string, ...params: unknown[]): number {
  return db.prepare(sql).pluck().get(...params) as number;
}
