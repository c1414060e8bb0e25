// Test setup for the notes area: an empty workspace with a movable clock and an in-process client.
import { createServices } from '../../src/node/services/create-services';
import type { Services } from '../../src/node/services/create-services';
import { createInProcessClient } from '../../src/node/transport/in-process';
import type { ApiClient, ApiEvents } from '../../src/common/api/contract';
import { RESOURCES_DIR } from '../helpers/workspace';

export interface NotesEnv {
  services: Services;
  client: ApiClient;
  /** Moves the clock forward by ms. */
  tick(ms: number): void;
  events: ApiEvents['notes.changed'][];
  /** Creates a domain and returns its id. */
  domain(name: string): Promise<string>;
  /** Creates a note with a body and returns its id. */
  note(domainId: string, title: string, body?: string): Promise<string>;
  /** Error code of a rejected call. */
  code(p: Promise<unknown>): Promise<string>;
}

export function notesEnv(dir: string): NotesEnv {
  let now = Date.parse('2026-11-22T10:00:00.000Z');
  const services = createServices({ workspaceDir: dir, resourcesDir: RESOURCES_DIR, createIfMissing: 'empty', clock: () => new Date(now) });
  const client = createInProcessClient(services);
  const events: ApiEvents['notes.changed'][] = [];
  client.on('notes.changed', (e) => events.push(e));
  return {
    services,
    client,
    events,
    tick: (ms) => (now += ms),
    domain: async (name) => (await client.call('domains.create', { name })).id,
    note: async (domainId, title, body) => {
      const n = await client.call('notes.create', { domainId, title });
      if (body !== undefined) await client.call('notes.update', { id: n.id, body });
      return n.id;
    },
    code: async (p) => {
      try {
        await p;
      } catch (err) {
        return (err as { code: string }).code;
      }
      throw new Error('expected the call to fail');
    },
  };
}
