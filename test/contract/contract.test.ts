// One contract suite, run against every transport: same answers, same {code, message} errors, same events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/common/errors';
import type { ApiClient } from '../../src/common/api/contract';
import type { Services } from '../../src/node/services/create-services';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, openServices } from '../helpers/workspace';
import { fakeIpc, http, inProcess } from './transports';
import type { TransportHandle } from './transports';

const tempDir = useTempDirs();

async function expectError(promise: Promise<unknown>, code: string, message?: RegExp): Promise<void> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  if (message) expect((err as AppError).message).toMatch(message);
}

function waitForEvent(client: ApiClient, predicate: (p: { id: string; change: string }) => boolean): Promise<{ id: string; change: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('event not received')), 5000);
    const off = client.on('notes.changed', (p) => {
      if (predicate(p)) {
        clearTimeout(timer);
        off();
        resolve(p);
      }
    });
  });
}

const TRANSPORTS: [string, (s: Services) => TransportHandle | Promise<TransportHandle>][] = [
  ['in-process', inProcess],
  ['http+websocket', http],
  ['electron ipc (fake)', fakeIpc],
];

describe.each(TRANSPORTS)('API contract over %s', (name, makeTransport) => {
  let services: Services;
  let handle: TransportHandle;
  let client: ApiClient;

  beforeAll(async () => {
    services = openServices(demoWorkspace(tempDir(), name.replace(/\W+/g, '-')));
    handle = await makeTransport(services);
    client = handle.client;
  });
  afterAll(async () => {
    await handle.close();
    services.close();
  });

  it('reports workspace info and stats that match the database', async () => {
    const info = await client.call('workspace.info', {});
    expect(info.name.length).toBeGreaterThan(0);
    expect(info.schemaVersion).toBe(services.db.pragma('user_version', { simple: true }));
    const stats = await client.call('workspace.stats', {});
    const count = (t: string) => services.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get();
    expect(stats).toMatchObject({ notes: count('notes'), links: count('links'), domains: count('domains'), members: count('members'), plans: count('plans') });
  });

  it('lists domains with note counts and notes per domain', async () => {
    const domains = await client.call('domains.list', {});
    const stats = await client.call('workspace.stats', {});
    expect(domains.reduce((n, d) => n + d.noteCount, 0)).toBe(stats.notes);
    const first = domains.find((d) => d.noteCount > 0)!;
    const notes = await client.call('notes.list', { domainId: first.id });
    expect(notes).toHaveLength(first.noteCount);
    expect(notes.every((n) => n.domainId === first.id)).toBe(true);
    const note = await client.call('notes.get', { id: notes[0].id });
    expect(note.title).toBe(notes[0].title);
    expect(typeof note.body).toBe('string');
  });

  it('creates a note, updates its body and derives resolved wikilinks, with an event', async () => {
    const [domain] = await client.call('domains.list', {});
    const [target] = await client.call('notes.list', {});
    const event = waitForEvent(client, (p) => p.change === 'created');
    const created = await client.call('notes.create', { domainId: domain.id, title: `Contract note ${name}`, kind: 'lesson-learned' });
    expect((await event).id).toBe(created.id);
    expect(created.kind).toBe('lesson-learned');

    const updated = await client.call('notes.update', { id: created.id, body: `See [[${target.title}|the target]] and [[Nowhere yet]].` });
    expect(updated.links).toEqual([
      { targetTitle: target.title, targetId: target.id, label: 'the target', heading: null },
      { targetTitle: 'Nowhere yet', targetId: null, label: null, heading: null },
    ]);
    // Creating the missing note resolves the waiting link.
    const later = await client.call('notes.create', { domainId: domain.id, title: 'Nowhere yet' });
    const again = await client.call('notes.get', { id: created.id });
    expect(again.links[1].targetId).toBe(later.id);
  });

  it('answers bad input with {code, message} errors and changes nothing', async () => {
    const before = await client.call('workspace.stats', {});
    const [domain] = await client.call('domains.list', {});
    const [existing] = await client.call('notes.list', { domainId: domain.id });
    await expectError(client.call('notes.create', { domainId: domain.id, title: existing.title.toUpperCase() }), 'CONFLICT', /already exists/);
    await expectError(client.call('notes.create', { domainId: domain.id, title: 'a [[b]] | c' }), 'INVALID_INPUT', /title/);
    await expectError(client.call('notes.create', { domainId: domain.id, title: '   ' }), 'INVALID_INPUT', /empty/);
    await expectError(client.call('notes.create', { domainId: 'no-such-domain', title: 'Fine title' }), 'NOT_FOUND');
    await expectError(client.call('notes.get', { id: 'missing' }), 'NOT_FOUND', /missing/);
    await expectError(client.call('notes.get', {} as never), 'INVALID_INPUT', /id/);
    await expectError(client.call('notes.get', { id: 'x', extra: 1 } as never), 'INVALID_INPUT');
    await expectError(client.call('no.such.method' as never, {} as never), 'UNKNOWN_METHOD');
    expect(await client.call('workspace.stats', {})).toEqual(before);
  });

  it('stores and returns UI state', async () => {
    const state = { tabs: ['note:1', 'plan:2'], sidebar: { visible: false, size: 22 }, language: 'id' };
    expect(await client.call('ui.setState', { state })).toBeNull();
    expect(await client.call('ui.getState', {})).toEqual(state);
  });

  it('serves plans with progress and resolved outputs', async () => {
    const plans = await client.call('plans.list', {});
    expect(plans.length).toBeGreaterThanOrEqual(1);
    const plan = await client.call('plans.get', { id: plans[0].id });
    expect(plan.phases.map((p) => p.id)).toEqual(['discovery', 'dreaming', 'design', 'document', 'disseminate']);
    const expected = plan.phases.reduce((s, p) => s + p.progress, 0) / 5;
    expect(plan.progress).toBeCloseTo(expected, 2);
    const linked = plan.outputs.filter((o) => o.noteId !== null);
    expect(linked.length).toBeGreaterThan(0);
    for (const o of linked) expect((await client.call('notes.get', { id: o.noteId as string })).deletedAt).toBeNull();
  });
});

describe('Electron IPC adapter', () => {
  it('refuses calls from a frame that is not the app renderer', async () => {
    const services = openServices(demoWorkspace(tempDir(), 'ipc-untrusted'));
    try {
      const { client } = fakeIpc(services, 'https://evil.example/');
      await expectError(client.call('workspace.stats', {}), 'FORBIDDEN', /untrusted/);
    } finally {
      services.close();
    }
  });
});
