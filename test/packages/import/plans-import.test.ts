// Plans and templates in packages: imported with B's ids, re-import a no-op, later versions update, conflicts, hostile plan JSON.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/common/api/methods/plans';
import { readPackage } from '../../../src/node/packages/archive-reader';
import { writePackage } from '../../../src/node/packages/archive-writer';
import { importPackage } from '../../../src/node/packages/import/import-package';
import { useTempDirs } from '../../helpers/temp-dir';
import { count, openSide, totalChanges } from './import-fixture';
import type { Side } from './import-fixture';

const tmp = useTempDirs();
let root: string;
let a: Side;
let b: Side;
let planA: Plan;
const events: { event: string; payload: unknown }[] = [];

async function exportPlans(side: Side, planIds: string[], file: string) {
  const outPath = join(root, file);
  const r = await side.client.call('packages.export', { selection: { planIds }, outPath, title: 'Our plan' });
  return { ...r, path: outPath };
}

/** B's plan that came from A's plan (through plan_provenance). */
const localPlanId = (originId: string) => b.db.prepare('SELECT plan_id FROM plan_provenance WHERE origin_plan_id = ?').pluck().get(originId) as string;
/** B's note that came from A's note. */
const localNoteId = (originId: string) => b.db.prepare('SELECT note_id FROM provenance WHERE origin_note_id = ?').pluck().get(originId) as string;
const memberName = (side: Side, id: string | null) => (id ? (side.db.prepare('SELECT name FROM members WHERE id = ?').pluck().get(id) as string) : null);
const planCount = (side: Side) => count(side.db, 'SELECT count(*) FROM plans');

beforeAll(async () => {
  root = tmp('plans-import');
  a = openSide(root, 'a');
  b = openSide(root, 'b');
  const [summary] = await a.client.call('plans.list', {});
  planA = await a.client.call('plans.get', { id: summary.id });
  b.services.subscribe((event, payload) => events.push({ event, payload }));
});

afterAll(() => {
  a.services.close();
  b.services.close();
});

describe('plans in packages', () => {
  it('imports a plan as new: outputs, meeting records, members and domain mapped to B, in the same transaction as the notes', async () => {
    expect(planA.outputs.filter((o) => o.noteId).length).toBeGreaterThan(0);
    expect(planA.meetings.some((m) => m.recordNoteId)).toBe(true);
    expect(planA.coordinatorId).not.toBeNull();
    const pkg = await exportPlans(a, [planA.id], 'plan-v1.copkg');
    const preview = await b.client.call('packages.previewImport', { path: pkg.path });
    expect(preview.plans).toEqual([{ sourceId: planA.id, title: planA.title, status: 'new' }]);

    const plansBefore = planCount(b);
    const templatesBefore = count(b.db, 'SELECT count(*) FROM templates');
    const report = await b.client.call('packages.import', { path: pkg.path });
    expect(report).toMatchObject({ plansAdded: 1, plansUpdated: 0, plansConflicts: 0 });
    expect(planCount(b)).toBe(plansBefore + 1);
    // The plan runs on a built-in template: B's templates are never written.
    expect(count(b.db, 'SELECT count(*) FROM templates')).toBe(templatesBefore);

    const id = localPlanId(planA.id);
    expect(id).toBeTruthy();
    expect(id).not.toBe(planA.id);
    const planB = await b.client.call('plans.get', { id });
    expect(planB).toMatchObject({ title: planA.title, templateId: planA.templateId, templateVersion: planA.templateVersion, status: planA.status, lang: planA.lang, startedAt: planA.startedAt });
    expect(planB.values).toEqual(expect.any(Object));
    // Domain matched by name; coordinator and attendees are B's members of the same name.
    expect(planB.domainName).toBe(planA.domainName);
    expect(planB.domainId).toBe(b.db.prepare('SELECT id FROM domains WHERE name = ?').pluck().get(planA.domainName));
    expect(memberName(b, planB.coordinatorId)).toBe(memberName(a, planA.coordinatorId));
    expect(planB.tasks.map((t) => [t.title, t.status, t.due, memberName(b, t.ownerId)])).toEqual(planA.tasks.map((t) => [t.title, t.status, t.due, memberName(a, t.ownerId)]));
    // Every output and meeting record points at B's copy of A's note.
    for (const o of planA.outputs) {
      const mine = planB.outputs.find((x) => x.outputId === o.outputId && (o.per === 'member' ? memberName(b, x.key) === memberName(a, o.key) : x.key === o.key));
      expect(mine?.noteId ?? null).toBe(o.noteId ? localNoteId(o.noteId) : null);
    }
    for (const m of planA.meetings) {
      const mine = planB.meetings.find((x) => x.id === m.id)!;
      expect(mine.recordNoteId).toBe(m.recordNoteId ? localNoteId(m.recordNoteId) : null);
      expect(mine.attendeeIds.map((x) => memberName(b, x))).toEqual(m.attendeeIds.map((x) => memberName(a, x)));
    }
    expect(planB.phases.map((p) => [p.id, p.status, p.completedAt])).toEqual(planA.phases.map((p) => [p.id, p.status, p.completedAt]));
    expect(planB.progress).toBe(planA.progress);
    // Plan history names the package; one sharing event for the whole import; plans.changed after the commit.
    const history = await b.client.call('plans.versions', { id });
    expect(history).toHaveLength(1);
    expect(history[0].summary).toMatch(/^import: "Our plan" v1 from /);
    expect(count(b.db, "SELECT count(*) FROM sharing_events WHERE kind = 'import' AND package_id = ?", pkg.packageId)).toBe(1);
    expect(events).toContainEqual({ event: 'plans.changed', payload: { id, change: 'created' } });
  });

  it('importing the same package again changes nothing', async () => {
    const changes = totalChanges(b.db);
    const preview = await b.client.call('packages.previewImport', { path: join(root, 'plan-v1.copkg') });
    expect(preview.plans.map((p) => p.status)).toEqual(['unchanged']);
    const report = await b.client.call('packages.import', { path: join(root, 'plan-v1.copkg') });
    expect(report).toMatchObject({ added: 0, plansAdded: 0, plansUpdated: 0, plansConflicts: 0 });
    expect(totalChanges(b.db)).toBe(changes);
  });

  it('a later version updates the plan it created when B did not edit it (revision + 1, history names the package)', async () => {
    const id = localPlanId(planA.id);
    const before = await b.client.call('plans.get', { id });
    const phaseId = planA.template.phases[0].id;
    await a.client.call('plans.addTask', { id: planA.id, phaseId, title: 'Added in A after sharing' });
    const pkg = await exportPlans(a, [planA.id], 'plan-v2.copkg');
    expect(pkg.packageVersion).toBe(2);
    const preview = await b.client.call('packages.previewImport', { path: pkg.path });
    expect(preview.plans).toEqual([{ sourceId: planA.id, title: planA.title, status: 'updated' }]);
    const plansBefore = planCount(b);
    const report = await b.client.call('packages.import', { path: pkg.path });
    expect(report).toMatchObject({ plansAdded: 0, plansUpdated: 1, plansConflicts: 0 });
    expect(planCount(b)).toBe(plansBefore);
    const after = await b.client.call('plans.get', { id });
    expect(after.revision).toBe(before.revision + 1);
    expect(after.tasks.map((t) => t.title)).toContain('Added in A after sharing');
    expect((await b.client.call('plans.versions', { id }))[0].summary).toMatch(/^import: "Our plan" v2 from /);
    expect(events).toContainEqual({ event: 'plans.changed', payload: { id, change: 'updated' } });
    const again = totalChanges(b.db);
    await b.client.call('packages.import', { path: pkg.path });
    expect(totalChanges(b.db)).toBe(again);
  });

  it('both sides changed: keep-mine keeps B, keep-both adds a copy "(from …)", take-theirs by per-plan choice', async () => {
    const id = localPlanId(planA.id);
    const phaseId = planA.template.phases[0].id;
    await b.client.call('plans.update', { id, title: 'Renamed in B' });
    await a.client.call('plans.addTask', { id: planA.id, phaseId, title: 'Second task from A' });
    const v3 = await exportPlans(a, [planA.id], 'plan-v3.copkg');
    expect((await b.client.call('packages.previewImport', { path: v3.path })).plans[0].status).toBe('conflict');

    // Default strategy keep-mine: B's plan stays as it is; the conflict is acknowledged (the same package is then unchanged).
    const revision = (await b.client.call('plans.get', { id })).revision;
    expect(await b.client.call('packages.import', { path: v3.path })).toMatchObject({ plansConflicts: 1 });
    const kept = await b.client.call('plans.get', { id });
    expect(kept.title).toBe('Renamed in B');
    expect(kept.revision).toBe(revision);
    expect(kept.tasks.map((t) => t.title)).not.toContain('Second task from A');
    expect((await b.client.call('packages.previewImport', { path: v3.path })).plans[0].status).toBe('unchanged');

    // keep-both: a copy of theirs next to mine, titled "<title> (from <creator>)", with its own origin.
    await a.client.call('plans.addTask', { id: planA.id, phaseId, title: 'Third task from A' });
    await b.client.call('plans.update', { id, status: 'archived' });
    const v4 = await exportPlans(a, [planA.id], 'plan-v4.copkg');
    const creator = (await a.client.call('packages.inspect', { path: v4.path })).manifest.creator.name;
    const plansBefore = planCount(b);
    expect(await b.client.call('packages.import', { path: v4.path, strategy: 'keep-both' })).toMatchObject({ plansConflicts: 1 });
    expect(planCount(b)).toBe(plansBefore + 1);
    const copyId = b.db.prepare('SELECT id FROM plans WHERE title = ?').pluck().get(`${planA.title} (from ${creator})`) as string;
    expect(copyId).toBeTruthy();
    const copy = await b.client.call('plans.get', { id: copyId });
    expect(copy.tasks.map((t) => t.title)).toContain('Third task from A');
    expect(b.db.prepare('SELECT origin_plan_id FROM plan_provenance WHERE plan_id = ?').pluck().get(copyId)).toBe(copyId);
    expect((await b.client.call('plans.get', { id })).status).toBe('archived');

    // take-theirs through the per-plan choice (keyed by the package's plan id, as notes' choices are).
    await a.client.call('plans.update', { id: planA.id, title: 'Renamed in A' });
    await b.client.call('plans.update', { id, title: 'Renamed in B again' });
    const v5 = await exportPlans(a, [planA.id], 'plan-v5.copkg');
    const report = await b.client.call('packages.import', { path: v5.path, choices: { [planA.id]: 'take-theirs' } });
    expect(report).toMatchObject({ plansConflicts: 1 });
    const taken = await b.client.call('plans.get', { id });
    expect(taken.title).toBe('Renamed in A');
    expect(taken.tasks.map((t) => t.title)).toEqual(expect.arrayContaining(['Second task from A', 'Third task from A']));
    expect(planCount(b)).toBe(plansBefore + 1);
    const again = totalChanges(b.db);
    await b.client.call('packages.import', { path: v5.path });
    expect(totalChanges(b.db)).toBe(again);
  });

  it('templates: an unknown custom template is stored as is; an id B uses for other content is stored under a new id; B keeps its own', async () => {
    const domainA = planA.domainId!;
    await a.client.call('templates.duplicate', { id: 'generic-cop-5d', newId: 'fresh-tpl', name: { en: 'Fresh', id: 'Segar' } });
    await a.client.call('templates.duplicate', { id: 'generic-cop-5d', newId: 'taken-tpl', name: { en: 'Theirs', id: 'Milik mereka' } });
    await b.client.call('templates.duplicate', { id: 'generic-cop-5d', newId: 'taken-tpl', name: { en: 'Mine', id: 'Milikku' } });
    const bTaken = b.db.prepare("SELECT json FROM templates WHERE id = 'taken-tpl'").pluck().all();
    const fresh = await a.client.call('plans.create', { templateId: 'fresh-tpl', domainId: domainA, title: 'Fresh plan' });
    const taken = await a.client.call('plans.create', { templateId: 'taken-tpl', domainId: domainA, title: 'Taken plan' });
    const pkg = await exportPlans(a, [fresh.id, taken.id], 'templates.copkg');
    const report = await b.client.call('packages.import', { path: pkg.path });
    expect(report).toMatchObject({ plansAdded: 2 });

    const freshB = await b.client.call('plans.get', { id: localPlanId(fresh.id) });
    expect(freshB.templateId).toBe('fresh-tpl');
    expect(freshB.templateUpdate).toBeNull();
    expect((await b.client.call('templates.get', { id: 'fresh-tpl' })).name.en).toBe('Fresh');

    const takenB = await b.client.call('plans.get', { id: localPlanId(taken.id) });
    expect(takenB.templateId).toMatch(/^taken-tpl-from-[0-9a-f]{8}$/);
    expect(takenB.template.name.en).toBe('Theirs');
    expect(takenB.templateUpdate).toBeNull();
    expect(b.db.prepare("SELECT json FROM templates WHERE id = 'taken-tpl'").pluck().all()).toEqual(bTaken);
    expect((await b.client.call('templates.get', { id: takenB.templateId })).name.en).toBe('Theirs');
    expect(count(b.db, 'SELECT count(*) FROM template_provenance')).toBe(2);

    // The same package again: the templates match what was stored, nothing is written.
    const changes = totalChanges(b.db);
    expect(await b.client.call('packages.import', { path: pkg.path })).toMatchObject({ plansAdded: 0, plansUpdated: 0, plansConflicts: 0 });
    expect(totalChanges(b.db)).toBe(changes);
  });

  it('a newer version of a template B got from the same workspace extends that line (stored as the next version)', async () => {
    const t = await a.client.call('templates.get', { id: 'fresh-tpl' });
    await a.client.call('templates.save', { template: { ...t, description: { en: 'Fresh, second edition', id: 'Segar, edisi kedua' } } });
    const freshA = a.db.prepare("SELECT id FROM plans WHERE title = 'Fresh plan'").pluck().get() as string;
    await a.client.call('plans.upgrade', { id: freshA, toVersion: 2 });
    const pkg = await exportPlans(a, [freshA], 'template-v2.copkg');
    const preview = await b.client.call('packages.previewImport', { path: pkg.path });
    expect(preview.plans).toEqual([{ sourceId: freshA, title: 'Fresh plan', status: 'updated' }]);
    await b.client.call('packages.import', { path: pkg.path });
    const planB = await b.client.call('plans.get', { id: localPlanId(freshA) });
    expect(planB).toMatchObject({ templateId: 'fresh-tpl', templateVersion: 2, templateUpdate: null });
    expect((await b.client.call('templates.get', { id: 'fresh-tpl' })).description.en).toBe('Fresh, second edition');
  });

  it('plans are written in the notes\' transaction: a failure before commit leaves no plan, template or provenance', async () => {
    const domainA = planA.domainId!;
    await a.client.call('templates.duplicate', { id: 'generic-cop-5d', newId: 'rollback-tpl', name: { en: 'Rollback', id: 'Batal' } });
    const plan = await a.client.call('plans.create', { templateId: 'rollback-tpl', domainId: domainA, title: 'Rollback plan' });
    const pkg = await exportPlans(a, [plan.id], 'rollback.copkg');
    const tables = ['notes', 'provenance', 'plans', 'plan_versions', 'plan_provenance', 'templates', 'template_provenance', 'sharing_events'];
    const rows = () => tables.map((t) => count(b.db, `SELECT count(*) FROM ${t}`));
    const before = rows();
    const ctx = { db: b.db, workspaceDir: b.dir, now: () => '2026-11-22T11:00:00.000Z', beforeCommit: () => { throw new Error('boom before commit'); } };
    await expect(importPackage(pkg.path, { strategy: 'keep-mine', choices: {}, dryRun: false }, ctx)).rejects.toThrow('boom before commit');
    expect(rows()).toEqual(before);
    expect(count(b.db, "SELECT count(*) FROM plans WHERE title = 'Rollback plan'")).toBe(0);
    expect(count(b.db, "SELECT count(*) FROM templates WHERE id = 'rollback-tpl'")).toBe(0);
    expect(localPlanId(plan.id)).toBeUndefined();
    const done = await importPackage(pkg.path, { strategy: 'keep-mine', choices: {}, dryRun: false }, { ...ctx, beforeCommit: undefined });
    expect(done).toMatchObject({ plansAdded: 1, written: true, changedPlans: [{ id: localPlanId(plan.id), change: 'created' }] });
  });

  it('an output note the exporter excluded in the preview is left unlinked (the rest of the plan imports)', async () => {
    const plan = await a.client.call('plans.create', { templateId: 'generic-cop-5d', domainId: planA.domainId!, title: 'Plan with an excluded note' });
    const { plan: withOutputs } = await a.client.call('plans.createOutputs', { id: plan.id });
    const linked = withOutputs.outputs.filter((o) => o.noteId).map((o) => o.noteId!);
    expect(linked.length).toBeGreaterThan(1);
    const outPath = join(root, 'excluded.copkg');
    await a.client.call('packages.export', { selection: { planIds: [plan.id], excludedNoteIds: [linked[0]] }, outPath, title: 'Excluded' });
    const report = await b.client.call('packages.import', { path: outPath });
    expect(report).toMatchObject({ plansAdded: 1, added: linked.length - 1 });
    const planB = await b.client.call('plans.get', { id: localPlanId(plan.id) });
    const byOutput = (p: Plan, noteId: string) => p.outputs.find((o) => o.noteId === noteId)!;
    const excluded = byOutput(withOutputs, linked[0]);
    expect(planB.outputs.find((o) => o.outputId === excluded.outputId && o.key === excluded.key)?.noteId).toBeNull();
    for (const id of linked.slice(1)) {
      const o = byOutput(withOutputs, id);
      expect(planB.outputs.find((x) => x.outputId === o.outputId && x.key === o.key)?.noteId).toBe(localNoteId(id));
    }
  });

  it('copw-style dry run reports plans without writing', async () => {
    const phaseId = planA.template.phases[0].id;
    await a.client.call('plans.addTask', { id: planA.id, phaseId, title: 'Dry task' });
    const pkg = await exportPlans(a, [planA.id], 'plan-dry.copkg');
    const changes = totalChanges(b.db);
    const report = await b.client.call('packages.import', { path: pkg.path, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, plansUpdated: 1 });
    expect(totalChanges(b.db)).toBe(changes);
  });
});

describe('hostile plan JSON', () => {
  let source: Awaited<ReturnType<typeof readPackage>>;
  let planPath: string;

  beforeAll(async () => {
    source = await readPackage(join(root, 'plan-v1.copkg'));
    planPath = [...source.files.keys()].find((p) => p.startsWith('plans/'))!;
  });

  /** The v1 package with plans/<id>.json (or another entry) replaced; checksums right, so only the content is wrong. */
  async function variant(name: string, edit: (files: Map<string, Buffer>) => void): Promise<string> {
    const files = new Map(source.files);
    edit(files);
    const out = join(root, `${name}.copkg`);
    const { entries: _e, ...manifest } = source.manifest;
    await writePackage(out, [...files].map(([path, data]) => ({ path, data })), { manifest: { ...manifest, packageId: `hostile-${name}` } });
    return out;
  }
  const planJson = (files: Map<string, Buffer>) => JSON.parse(files.get(planPath)!.toString('utf8')) as Record<string, unknown> & Plan;
  const setPlan = (files: Map<string, Buffer>, v: unknown) => files.set(planPath, Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)));

  const cases: [string, (files: Map<string, Buffer>) => void, RegExp][] = [
    ['unknown-key', (f) => setPlan(f, { ...planJson(f), extra: 1 }), /Unrecognized key|extra/],
    ['proto-key', (f) => setPlan(f, files(f).replace('"values": {', '"values": {"__proto__": {"polluted": true},')), /__proto__/],
    ['wrong-type', (f) => setPlan(f, { ...planJson(f), revision: 'seven' }), /revision/],
    ['not-json', (f) => setPlan(f, '{"id": '), /not valid JSON/],
    ['too-deep', (f) => setPlan(f, { ...planJson(f), values: { x: JSON.parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)) } }), /nested deeper than 32 levels/],
    ['foreign-note', (f) => {
      const p = planJson(f);
      const o = p.outputs.find((x) => x.noteId)!;
      o.noteId = 'note-not-in-package';
      setPlan(f, p);
    }, /output note note-not-in-package is not in the package/],
    ['foreign-member', (f) => setPlan(f, { ...planJson(f), coordinatorId: 'member-not-in-package' }), /coordinator member-not-in-package is not in members.json/],
    ['foreign-attendee', (f) => {
      const p = planJson(f);
      p.meetings[0].attendeeIds = ['ghost'];
      setPlan(f, p);
    }, /attendee .* ghost is not in members.json/],
    ['bad-field-value', (f) => {
      const p = planJson(f);
      const phase = p.template ? p.template.phases[0] : planA.template.phases[0];
      const field = phase.fields.find((x) => x.type === 'shortText' || x.type === 'richText')!;
      p.values = { ...p.values, [phase.id]: { ...(p.values[phase.id] ?? {}), [field.id]: 42 } };
      setPlan(f, p);
    }, /values\..*expected text/],
    ['unknown-phase', (f) => {
      const p = planJson(f);
      p.tasks[0].phaseId = 'no-such-phase';
      setPlan(f, p);
    }, /no phase "no-such-phase"/],
    ['missing-template', (f) => {
      for (const k of [...f.keys()]) if (k.startsWith('templates/')) f.delete(k);
    }, /templates\/.*missing/],
    ['bad-template', (f) => {
      const k = [...f.keys()].find((x) => x.startsWith('templates/'))!;
      const t = JSON.parse(f.get(k)!.toString('utf8'));
      f.set(k, Buffer.from(JSON.stringify({ ...t, phases: 'none' })));
    }, /not a valid template/],
    ['misplaced-plan', (f) => setPlan(f, { ...planJson(f), id: 'another-id' }), /belongs in plans\/another-id.json/],
  ];
  function files(f: Map<string, Buffer>): string {
    return f.get(planPath)!.toString('utf8');
  }

  it.each(cases)('refuses %s with PKG_CORRUPT and writes nothing', async (name, edit, message) => {
    const path = await variant(name, edit);
    const changes = totalChanges(b.db);
    const dbBytes = readFileSync(join(b.dir, 'workspace.copw.db')).length;
    await expect(b.client.call('packages.previewImport', { path })).rejects.toMatchObject({ code: 'PKG_CORRUPT', message });
    await expect(b.client.call('packages.import', { path, strategy: 'take-theirs' })).rejects.toMatchObject({ code: 'PKG_CORRUPT', message });
    expect(totalChanges(b.db)).toBe(changes);
    expect(readFileSync(join(b.dir, 'workspace.copw.db')).length).toBe(dbBytes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
