// Tie sources on real workspaces: 5D plan meetings, package import events, endorsements and comments, "built on" links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { ensureIdentity } from '../../src/node/packages/identity';
import type { Services } from '../../src/node/services/create-services';
import type { ApiClient } from '../../src/common/api/contract';
import { demoWorkspace, openServices } from '../helpers/workspace';
import { useTempDirs } from '../helpers/temp-dir';
import { PEOPLE, networkWorkspace, noteBy, type NetworkFixture } from './network-fixture';

const { A, B, C, D } = PEOPLE;
const tmp = useTempDirs();

describe('meeting ties (coordinator → each attendee)', () => {
  let services: Services;
  let client: ApiClient;
  beforeAll(() => {
    services = openServices(demoWorkspace(tmp('net-demo')));
    client = createInProcessClient(services);
  });
  afterAll(() => services?.close());

  it('turns a scheduled meeting into ties from the plan coordinator to each attendee, on the meeting date', async () => {
    const plans = await Promise.all((await client.call('plans.list', {})).map((p) => client.call('plans.get', { id: p.id })));
    const plan = plans.find((p) => p.coordinatorId);
    expect(plan).toBeTruthy();
    const full = plan!;
    const others = (await client.call('members.list', {})).filter((m) => m.id !== plan!.coordinatorId).slice(0, 2);
    await client.call('plans.scheduleMeetings', {
      id: plan!.id,
      phaseId: full.template.phases.find((ph) => ph.meetings)!.id,
      firstDate: '2031-01-05',
      everyDays: 7,
      count: 1,
      attendeeIds: [plan!.coordinatorId!, ...others.map((o) => o.id)],
    });
    const m = await client.call('network.metrics', { from: '2031-01-05', to: '2031-01-05' });
    expect(m.edges.map((e) => [e.source, e.target, e.types]).sort()).toEqual(others.map((o) => [plan!.coordinatorId, o.id, ['meeting']]).sort());
    // Meetings have no topic: a topic filter leaves them out.
    expect((await client.call('network.metrics', { from: '2031-01-05', topic: 'anything' })).ties).toBe(0);
  });

  it('gives the demo community a connected network with every member in it', async () => {
    const m = await client.call('network.metrics', {});
    expect(m.members).toBe((await client.call('members.list', {})).length);
    expect(m.ties).toBeGreaterThan(0);
    expect(m.ties).toBe(m.edges.length);
    expect(m.density).toBeCloseTo(m.ties / (m.members * (m.members - 1)), 12);
  });
});

describe('package and endorsement ties', () => {
  let f: NetworkFixture;
  beforeAll(async () => {
    f = await networkWorkspace(tmp('net-src'));
  });
  afterAll(() => f?.services.close());

  it('an import event is creator → this workspace member; exports and unknown creators make no tie', async () => {
    const db = f.services.db;
    const insert = db.prepare(
      `INSERT INTO sharing_events (kind, package_id, package_version, from_name, from_key, from_workspace, to_workspace, note_ids, at) VALUES (?, 'p1', 1, ?, ?, 'ws-x', NULL, '[]', ?)`,
    );
    insert.run('import', 'bima sakti', null, '2027-03-01T09:00:00.000Z');
    expect((await f.client.call('network.metrics', { from: '2027-03-01', to: '2027-03-01' })).ties).toBe(0); // no identity member yet
    ensureIdentity(db, '2027-01-01T00:00:00.000Z');
    db.prepare('UPDATE identity SET member_id = ?').run(A.id);
    insert.run('export', A.name, null, '2027-03-01T10:00:00.000Z');
    insert.run('import', 'Somebody Else', null, '2027-03-01T11:00:00.000Z');
    // Signed by a trusted key whose name is a member: the key's name wins over the claimed from_name.
    db.prepare("INSERT INTO trusted_keys (key_id, public_key, name, trusted_at) VALUES ('k1', 'x', ?, '2027-01-01')").run(C.name);
    insert.run('import', 'Claimed Name', 'k1', '2027-03-01T12:00:00.000Z');
    const m = await f.client.call('network.metrics', { from: '2027-03-01', to: '2027-03-01' });
    expect(m.edges.map((e) => [e.source, e.target, e.types]).sort()).toEqual([[B.id, A.id, ['package']], [C.id, A.id, ['package']]]);
  });

  it('endorse / endorsements / unendorse; "applied" once per member, comments many; ties author → endorser', async () => {
    const note = await noteBy(f.client, f.humasId, 'Media monitoring guide', B.id, '', ['media']);
    const applied = await f.client.call('network.endorse', { noteId: note, memberId: D.id, kind: 'applied' });
    const again = await f.client.call('network.endorse', { noteId: note, memberId: D.id, kind: 'applied', text: 'Twice' });
    expect(again.id).toBe(applied.id);
    await f.client.call('network.endorse', { noteId: note, memberId: C.id, kind: 'comment', text: 'Which tool?' });
    await f.client.call('network.endorse', { noteId: note, memberId: C.id, kind: 'comment', text: 'Found it' });
    const list = await f.client.call('network.endorsements', { noteId: note });
    expect(list.map((e) => [e.memberName, e.kind, e.text])).toEqual([
      [D.name, 'applied', 'Twice'],
      [C.name, 'comment', 'Which tool?'],
      [C.name, 'comment', 'Found it'],
    ]);
    const m = await f.client.call('network.metrics', { topic: 'media' });
    const edges = Object.fromEntries(m.edges.map((e) => [`${e.source}>${e.target}`, e]));
    expect(edges[`${B.id}>${D.id}`]).toMatchObject({ types: ['applied'], weight: 1 });
    expect(edges[`${B.id}>${C.id}`]).toMatchObject({ types: ['comment'], weight: 2 });

    await f.client.call('network.unendorse', { id: applied.id });
    expect((await f.client.call('network.endorsements', { noteId: note })).map((e) => e.kind)).toEqual(['comment', 'comment']);
    await expect(f.client.call('network.unendorse', { id: applied.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.client.call('network.endorse', { noteId: 'nope', memberId: D.id, kind: 'applied' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.client.call('network.endorse', { noteId: note, memberId: 'nobody', kind: 'applied' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.client.call('network.endorse', { noteId: note, memberId: D.id, kind: 'comment' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('"built on" needs the linked note to exist first: an older note linking to a newer one is no tie', async () => {
    const older = await noteBy(f.client, f.humasId, 'Older practice', A.id, 'Later see [[Newer practice]]', ['ordercheck']);
    const newer = await noteBy(f.client, f.humasId, 'Newer practice', B.id, 'Builds on [[Older practice]]', ['ordercheck']);
    const setCreated = f.services.db.prepare('UPDATE notes SET created_at = ? WHERE id = ?');
    setCreated.run('2026-01-01T00:00:00.000Z', older);
    setCreated.run('2026-06-01T00:00:00.000Z', newer);
    const m = await f.client.call('network.metrics', { topic: 'ordercheck' });
    // B's newer note built on A's older one (A → B); A's older note only points ahead to B's, which makes no tie.
    expect(m.edges.map((e) => [e.source, e.target, e.types, e.mutual])).toEqual([[A.id, B.id, ['builtOn'], false]]);
    setCreated.run('2026-06-01T00:00:00.000Z', older);
    const same = await f.client.call('network.metrics', { topic: 'ordercheck' });
    expect(same.edges.map((e) => [e.source, e.target, e.mutual]).sort()).toEqual([
      [A.id, B.id, true],
      [B.id, A.id, true],
    ]);
  });

  it('a trashed note stops giving ties', async () => {
    const src = await noteBy(f.client, f.humasId, 'Source note', C.id);
    await noteBy(f.client, f.humasId, 'Building note', D.id, 'See [[Source note]]', ['trashcheck']);
    expect((await f.client.call('network.metrics', { topic: 'trashcheck' })).ties).toBe(1);
    await f.client.call('notes.delete', { id: src });
    expect((await f.client.call('network.metrics', { topic: 'trashcheck' })).ties).toBe(0);
  });
});
