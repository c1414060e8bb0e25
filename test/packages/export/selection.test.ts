// Export selection: each criterion (domain, tag with sub-tags, kind, stage, plan, note ids), linked depth and exclusion.
import { describe, expect, it, afterAll } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';
import { CIRCULATION, openDemo, selection } from './export-fixture';

const tmp = useTempDirs();
const ws = openDemo(tmp('copw-export-sel'), 'ws');
afterAll(() => ws.services.close());
const { client, db, domainId, liveIds } = ws;

const previewIds = async (s: Parameters<typeof selection>[0]) =>
  (await client.call('packages.previewExport', { selection: selection(s) })).notes.map((n) => n.id).sort();

describe('export selection', () => {
  it('selects the live notes of a domain, not trashed ones', async () => {
    const circ = domainId(CIRCULATION);
    const trashed = liveIds('SELECT id FROM notes WHERE domain_id = ? AND deleted_at IS NULL LIMIT 1', circ)[0];
    await client.call('notes.delete', { id: trashed });
    const expected = liveIds('SELECT id FROM notes WHERE domain_id = ? AND deleted_at IS NULL', circ);
    expect(expected.length).toBeGreaterThan(3);
    expect(await previewIds({ domainIds: [circ] })).toEqual(expected);
    expect(await previewIds({ domainIds: [circ] })).not.toContain(trashed);
    await client.call('notes.restore', { id: trashed });
  });

  it('selects by tag including sub-tags, but not by prefix of a word', async () => {
    const [a, b, c] = liveIds('SELECT id FROM notes WHERE deleted_at IS NULL ORDER BY id LIMIT 3');
    const tag = db.prepare('INSERT INTO note_tags (note_id, tag) VALUES (?, ?)');
    tag.run(a, 'zeta');
    tag.run(b, 'zeta/sub');
    tag.run(c, 'zetamax');
    expect(await previewIds({ tags: ['zeta'] })).toEqual([a, b].sort());
    expect(await previewIds({ tags: ['zeta/sub'] })).toEqual([b]);
  });

  it('selects by kind and by stage, and combines facets with AND', async () => {
    expect(await previewIds({ kinds: ['meeting-record'] })).toEqual(liveIds("SELECT id FROM notes WHERE kind = 'meeting-record' AND deleted_at IS NULL"));
    expect(await previewIds({ stages: ['apply', 'reflect'] })).toEqual(liveIds("SELECT id FROM notes WHERE stage IN ('apply','reflect') AND deleted_at IS NULL"));
    const circ = domainId(CIRCULATION);
    const both = liveIds("SELECT id FROM notes WHERE domain_id = ? AND stage = 'apply' AND deleted_at IS NULL", circ);
    expect(both.length).toBeGreaterThan(0);
    expect(await previewIds({ domainIds: [circ], stages: ['apply'] })).toEqual(both);
  });

  it('selects a plan with its output and meeting-record notes, its template, and the members it names', async () => {
    const planId = db.prepare('SELECT id FROM plans LIMIT 1').pluck().get() as string;
    const plan = await client.call('plans.get', { id: planId });
    const expected = [...new Set([...plan.outputs.map((o) => o.noteId), ...plan.meetings.map((m) => m.recordNoteId)].filter((x): x is string => !!x))].sort();
    expect(expected.length).toBeGreaterThan(0);
    const preview = await client.call('packages.previewExport', { selection: selection({ planIds: [planId] }) });
    expect(preview.notes.map((n) => n.id).sort()).toEqual(expected);
    expect(new Set(preview.notes.map((n) => n.reason))).toEqual(new Set(['plan-output']));
    expect(preview.plans).toEqual([{ id: planId, title: plan.title }]);
    expect(preview.templates).toEqual([{ id: plan.template.id, version: plan.template.version }]);
    const memberIds = preview.members.map((m) => m.id);
    expect(memberIds).toContain(plan.coordinatorId);
    for (const m of plan.meetings) for (const a of m.attendeeIds) expect(memberIds).toContain(a);
  });

  it('selects explicit notes and follows outgoing links up to the depth', async () => {
    const hub = db.prepare('SELECT source_id FROM links WHERE target_id IS NOT NULL GROUP BY source_id ORDER BY count(DISTINCT target_id) DESC LIMIT 1').pluck().get() as string;
    const targets = (ids: string[]) =>
      liveIds(
        'SELECT DISTINCT l.target_id FROM links l JOIN notes n ON n.id = l.target_id AND n.deleted_at IS NULL WHERE l.source_id IN (SELECT value FROM json_each(?))',
        JSON.stringify(ids),
      );
    const level1 = [...new Set([hub, ...targets([hub])])].sort();
    const level2 = [...new Set([...level1, ...targets(level1)])].sort();
    expect(level2.length).toBeGreaterThan(level1.length);
    expect(await previewIds({ noteIds: [hub] })).toEqual([hub]);
    expect(await previewIds({ noteIds: [hub], depth: 1 })).toEqual(level1);
    expect(await previewIds({ noteIds: [hub], depth: 2 })).toEqual(level2);
    const preview = await client.call('packages.previewExport', { selection: selection({ noteIds: [hub], depth: 1 }) });
    for (const n of preview.notes) expect(n.reason).toBe(n.id === hub ? 'selected' : 'linked');
  });

  it('leaves excluded notes out and does not follow links through them', async () => {
    const circ = domainId(CIRCULATION);
    const all = await previewIds({ domainIds: [circ] });
    expect(await previewIds({ domainIds: [circ], excludedNoteIds: [all[0]] })).toEqual(all.slice(1));
    // A chain a → b → c with b excluded: c is not reached.
    const hub = db.prepare('SELECT source_id FROM links WHERE target_id IS NOT NULL GROUP BY source_id ORDER BY count(DISTINCT target_id) DESC LIMIT 1').pluck().get() as string;
    const direct = await previewIds({ noteIds: [hub], depth: 1 });
    const reachedOnlyVia = direct.filter((id) => id !== hub);
    expect((await previewIds({ noteIds: [hub], depth: 2 })).length).toBeGreaterThan(direct.length);
    const withoutAll = await previewIds({ noteIds: [hub], depth: 2, excludedNoteIds: reachedOnlyVia });
    expect(withoutAll).toEqual([hub]);
  });

  it('refuses unknown domain and note ids; selects nothing when nothing is chosen', async () => {
    await expect(client.call('packages.previewExport', { selection: selection({ domainIds: ['nope'] }) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(client.call('packages.previewExport', { selection: selection({ noteIds: ['nope'] }) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const empty = await client.call('packages.previewExport', { selection: selection({}) });
    expect(empty.notes).toEqual([]);
  });
});
