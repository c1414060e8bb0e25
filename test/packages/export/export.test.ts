// packages.export: the package holds exactly what the preview lists; re-export versions; sharing event; refusals.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { PackageNote } from '../../../src/common/packages/manifest-types';
import { readPackage } from '../../../src/node/packages/archive-reader';
import { noteContentHash } from '../../../src/node/packages/content-hash';
import { cancelTask } from '../../../src/node/packages/task-registry';
import { workspaceId } from '../../../src/node/packages/workspace-id';
import { useTempDirs } from '../../helpers/temp-dir';
import { CIRCULATION, openDemo, selection } from './export-fixture';

const tmp = useTempDirs();
const root = tmp('copw-export');
const ws = openDemo(root, 'ws');
afterAll(() => ws.services.close());
const { client, db, domainId } = ws;
const out = (name: string) => join(root, name);

describe('packages.export', () => {
  it('writes exactly what the preview lists, with front matter, PackageNote JSON and attachments', async () => {
    const circ = domainId(CIRCULATION);
    const noteId = db.prepare('SELECT id FROM notes WHERE domain_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1').pluck().get(circ) as string;
    const att = await client.call('attachments.add', { noteId, fileName: 'queue plan.txt', dataBase64: Buffer.from('peak hours 10-12').toString('base64') });
    const note = await client.call('notes.get', { id: noteId });
    await client.call('notes.update', { id: noteId, body: `${note.body}\n\n[plan](attachments/${att.id}/queue%20plan.txt)\n` });

    const sel = selection({ domainIds: [circ], depth: 1 });
    const preview = await client.call('packages.previewExport', { selection: sel });
    const result = await client.call('packages.export', { selection: sel, outPath: out('circ.copkg'), title: 'Circulation' });
    const pkg = await readPackage(result.path);
    const files = pkg.files;
    const paths = [...files.keys()];

    expect(paths.filter((p) => p.endsWith('.json') && p.startsWith('notes/')).map((p) => p.slice(6, -5)).sort()).toEqual(preview.notes.map((n) => n.id).sort());
    expect(paths.filter((p) => p.endsWith('.md')).length).toBe(preview.notes.length);
    expect(preview.attachments).toEqual([{ id: att.id, noteId, fileName: 'queue plan.txt', size: 16 }]);
    expect(files.get(`attachments/${att.sha256}/queue plan.txt`)?.toString()).toBe('peak hours 10-12');
    const index = JSON.parse(files.get('attachments.json')!.toString()) as { id: string; path: string }[];
    expect(index).toMatchObject([{ id: att.id, path: `attachments/${att.sha256}/queue plan.txt` }]);
    const members = JSON.parse(files.get('members.json')!.toString()) as Record<string, unknown>[];
    expect(members.map((m) => m.id).sort()).toEqual(preview.members.map((m) => m.id).sort());
    for (const m of members) expect(m).not.toHaveProperty('email');
    const domains = JSON.parse(files.get('domains.json')!.toString()) as { id: string }[];
    expect(domains.map((d) => d.id).sort()).toEqual(preview.domains.map((d) => d.id).sort());
    expect(paths.some((p) => p.startsWith('plans/') || p.startsWith('templates/'))).toBe(false);
    // Sizes: the preview's total is the sum of every listed entry; each note's bytes are its two entries.
    expect(pkg.manifest.entries.reduce((s, e) => s + e.size, 0)).toBe(preview.totalBytes);
    for (const n of preview.notes) expect(files.get(`notes/${n.id}.md`)!.length + files.get(`notes/${n.id}.json`)!.length).toBe(n.bytes);
    expect(result.counts).toEqual({ notes: preview.notes.length, attachments: 1, domains: preview.domains.length, members: preview.members.length, plans: 0, templates: 0 });
    expect(pkg.manifest.counts).toEqual(result.counts);
    expect(pkg.manifest.title).toBe('Circulation');
    expect(pkg.manifest.selection).toEqual(sel);
    expect(pkg.manifest.creator.workspaceId).toBe(workspaceId(db));
    expect(pkg.signature).toEqual({ state: 'unsigned' });

    const pn = JSON.parse(files.get(`notes/${noteId}.json`)!.toString()) as PackageNote;
    const stored = await client.call('notes.get', { id: noteId });
    expect(pn).toMatchObject({ id: noteId, title: stored.title, body: stored.body, origin: { workspaceId: workspaceId(db), noteId } });
    expect(pn.contentHash).toBe(noteContentHash(pn));
    const md = files.get(`notes/${noteId}.md`)!.toString();
    const fm = parseYaml(md.split('---\n')[1]) as Record<string, unknown>;
    expect(fm).toMatchObject({ title: stored.title, domain: CIRCULATION, kind: stored.kind, stage: stored.stage });
    expect(md.endsWith(stored.body)).toBe(true);
  });

  it('exports a plan with its output notes, the plan document, its template snapshot and the members it names', async () => {
    const planId = db.prepare('SELECT id FROM plans LIMIT 1').pluck().get() as string;
    const plan = await client.call('plans.get', { id: planId });
    const sel = selection({ planIds: [planId] });
    const preview = await client.call('packages.previewExport', { selection: sel });
    const r = await client.call('packages.export', { selection: sel, outPath: out('plan.copkg'), title: 'Plan' });
    const pkg = await readPackage(r.path);
    const planDoc = JSON.parse(pkg.files.get(`plans/${planId}.json`)!.toString()) as Record<string, unknown>;
    expect(planDoc).toMatchObject({ id: planId, title: plan.title, coordinatorId: plan.coordinatorId });
    expect(planDoc).not.toHaveProperty('template');
    const template = JSON.parse(pkg.files.get(`templates/${plan.template.id}@${plan.template.version}.json`)!.toString()) as unknown;
    expect(template).toEqual(plan.template);
    const members = JSON.parse(pkg.files.get('members.json')!.toString()) as { id: string }[];
    expect(members.map((m) => m.id).sort()).toEqual(preview.members.map((m) => m.id).sort());
    expect(members.map((m) => m.id)).toContain(plan.coordinatorId);
    expect(r.counts).toMatchObject({ plans: 1, templates: 1, notes: preview.notes.length });
    expect(pkg.manifest.entries.reduce((s, e) => s + e.size, 0)).toBe(preview.totalBytes);
  });

  it('reports progress as task.progress with the given taskId, ending finished', async () => {
    const seen: { done: number; total: number; finished: boolean }[] = [];
    const unsubscribe = ws.services.subscribe((event, payload) => {
      const p = payload as { taskId: string; done: number; total: number; finished: boolean };
      if (event === 'task.progress' && p.taskId === 'progress-task') seen.push(p);
    });
    await client.call('packages.export', { selection: selection({ domainIds: [domainId('Cataloguing')] }), outPath: out('progress.copkg'), title: 'P', taskId: 'progress-task' });
    unsubscribe();
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
    expect(seen.at(-1)).toMatchObject({ finished: true });
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
    expect(seen.slice(0, -1).every((p) => !p.finished)).toBe(true);
  });

  it('leaves attachments out with includeAttachments false', async () => {
    const sel = selection({ domainIds: [domainId(CIRCULATION)], includeAttachments: false });
    expect((await client.call('packages.previewExport', { selection: sel })).attachments).toEqual([]);
    const r = await client.call('packages.export', { selection: sel, outPath: out('noatt.copkg'), title: 'No attachments' });
    const pkg = await readPackage(r.path);
    expect([...pkg.files.keys()].some((p) => p.startsWith('attachments'))).toBe(false);
  });

  it('keeps the origin of an imported note (provenance) in notes/<id>.json', async () => {
    const noteId = db.prepare("SELECT id FROM notes WHERE kind = 'story' AND deleted_at IS NULL LIMIT 1").pluck().get() as string;
    db.prepare(
      `INSERT INTO provenance (note_id, origin_workspace, origin_note_id, package_id, package_version, creator_name, creator_key, imported_at, base_hash)
       VALUES (?, 'other-ws', 'their-note', 'p', 1, 'Them', NULL, '2026-01-01T00:00:00.000Z', 'x')`,
    ).run(noteId);
    const r = await client.call('packages.export', { selection: selection({ noteIds: [noteId] }), outPath: out('prov.copkg'), title: 'Story' });
    const pn = JSON.parse((await readPackage(r.path)).files.get(`notes/${noteId}.json`)!.toString()) as PackageNote;
    expect(pn.origin).toEqual({ workspaceId: 'other-ws', noteId: 'their-note' });
  });

  it('re-export of the same selection reuses the package id with version + 1 and records sharing events', async () => {
    const circ = domainId('Procurement');
    const sel = selection({ domainIds: [circ] });
    const first = await client.call('packages.export', { selection: sel, outPath: out('proc1.copkg'), title: 'Procurement' });
    const second = await client.call('packages.export', {
      selection: { ...sel, excludedNoteIds: [(await client.call('packages.previewExport', { selection: sel })).notes[0].id] },
      outPath: out('proc2.copkg'),
      title: 'Procurement again',
    });
    expect(first.packageVersion).toBe(1);
    expect(second.packageId).toBe(first.packageId);
    expect(second.packageVersion).toBe(2);
    expect((await readPackage(second.path)).manifest).toMatchObject({ packageId: first.packageId, packageVersion: 2 });
    const other = await client.call('packages.export', { selection: { ...sel, depth: 1 }, outPath: out('proc3.copkg'), title: 'Deeper' });
    expect(other.packageId).not.toBe(first.packageId);
    expect(other.packageVersion).toBe(1);

    const events = db.prepare("SELECT * FROM sharing_events WHERE package_id = ? ORDER BY id").all(first.packageId) as Record<string, unknown>[];
    expect(events.map((e) => [e.kind, e.package_version])).toEqual([['export', 1], ['export', 2]]);
    expect(events[1]).toMatchObject({ from_workspace: workspaceId(db), to_workspace: null });
    expect(JSON.parse(events[1].note_ids as string)).toHaveLength(second.counts.notes);
  });

  it('cancel through the task registry (what packages.cancel calls) raises CANCELLED and leaves no file (and an older package at that path intact)', async () => {
    const target = out('cancelled.copkg');
    writeFileSync(target, 'previous package');
    const taskId = 'export-cancel-test';
    const unsubscribe = ws.services.subscribe((event, payload) => {
      if (event === 'task.progress' && (payload as { taskId: string }).taskId === taskId) cancelTask(taskId);
    });
    const before = db.prepare('SELECT count(*) FROM sharing_events').pluck().get();
    await expect(
      client.call('packages.export', { selection: selection({ domainIds: [domainId(CIRCULATION)], depth: 2 }), outPath: target, title: 'C', taskId }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    unsubscribe();
    expect(readFileSync(target, 'utf8')).toBe('previous package');
    const fresh = out('cancelled-new.copkg');
    const unsub2 = ws.services.subscribe((event, payload) => {
      if (event === 'task.progress' && (payload as { taskId: string }).taskId === 't2') cancelTask('t2');
    });
    await expect(client.call('packages.export', { selection: selection({ domainIds: [domainId(CIRCULATION)] }), outPath: fresh, title: 'C', taskId: 't2' })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    unsub2();
    expect(existsSync(fresh)).toBe(false);
    expect(db.prepare('SELECT count(*) FROM sharing_events').pluck().get()).toBe(before);
  });

  it('refuses an empty selection, a path inside the workspace, a non-.copkg name and overwriting another file', async () => {
    const sel = selection({ domainIds: [domainId(CIRCULATION)] });
    await expect(client.call('packages.export', { selection: selection({}), outPath: out('empty.copkg'), title: 'E' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(client.call('packages.export', { selection: sel, outPath: join(ws.dir, 'in.copkg'), title: 'E' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(existsSync(join(ws.dir, 'in.copkg'))).toBe(false);
    await expect(client.call('packages.export', { selection: sel, outPath: out('notes.txt'), title: 'E' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(client.call('packages.export', { selection: sel, outPath: join(root, 'missing-dir', 'x.copkg'), title: 'E' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(existsSync(out('empty.copkg'))).toBe(false);
  });
});
