// network.changed: emitted when survey answers are imported (not for a file that imports nothing) and when an
// endorsement or comment is added or removed, naming the note, so open network views and note sections reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { PEOPLE, networkWorkspace, noteBy, type NetworkFixture } from './network-fixture';

const { A, B, C } = PEOPLE;
const tmp = useTempDirs();
let f: NetworkFixture;
let events: { event: string; payload: unknown }[] = [];

beforeAll(async () => {
  f = await networkWorkspace(tmp('net-events'));
  f.services.subscribe((event, payload) => events.push({ event, payload }));
});
afterAll(() => f?.services.close());

const networkEvents = () => events.filter((e) => e.event === 'network.changed').map((e) => e.payload);

describe('network.changed', () => {
  it('follows a survey import that wrote answers, and only then', async () => {
    events = [];
    const csv = `respondent,contact,direction\n${A.name},${B.name},gives\n`;
    expect((await f.client.call('network.importSurvey', { csvText: csv })).imported).toBe(1);
    expect(networkEvents()).toEqual([{ reason: 'survey' }]);
    expect((await f.client.call('network.importSurvey', { csvText: csv })).imported).toBe(0);
    expect(networkEvents()).toHaveLength(1);
    expect(events.some((e) => e.event === 'workspace.changed')).toBe(false);
  });

  it('follows an endorsement, a comment and a removal, naming the note', async () => {
    const note = await noteBy(f.client, f.humasId, 'Weeding list', A.id);
    events = [];
    const applied = await f.client.call('network.endorse', { noteId: note, memberId: C.id, kind: 'applied' });
    await f.client.call('network.endorse', { noteId: note, memberId: B.id, kind: 'comment', text: 'Tried it' });
    await f.client.call('network.unendorse', { id: applied.id });
    expect(networkEvents()).toEqual([
      { reason: 'endorsement', noteId: note },
      { reason: 'endorsement', noteId: note },
      { reason: 'endorsement', noteId: note },
    ]);
    // A refused removal emits nothing.
    await expect(f.client.call('network.unendorse', { id: applied.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(networkEvents()).toHaveLength(3);
  });
});
