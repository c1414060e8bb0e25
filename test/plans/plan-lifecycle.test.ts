// Plan history and change: versions (coalesced) and restore, template changed or deleted after start, upgrades, deleted members.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { planEnv, testTemplate } from './fixture';
import type { PlanEnv } from './fixture';
import type { Plan } from '../../src/common/api/methods/plans';
import type { AppError } from '../../src/common/errors';

const tempDir = useTempDirs();
let env: PlanEnv;
let plan: Plan;

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

beforeAll(async () => {
  env = await planEnv(tempDir(), 'lifecycle');
  await env.client.call('templates.save', { template: testTemplate() });
  plan = await env.client.call('plans.create', { templateId: 'test-plan-tpl', domainId: await env.domainId('Cataloguing'), title: 'Cataloguing CoP', coordinatorId: 'm-nurul' });
});
afterAll(() => env.close());

describe('versions', () => {
  it('keeps one version per write, coalescing edits of the same field within 60 s, and restores one', async () => {
    await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'vision', value: 'First draft' });
    await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'vision', value: 'Second draft' });
    const p = await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'size', value: 8 });
    expect(p.revision).toBe(4);
    const versions = await env.client.call('plans.versions', { id: plan.id });
    expect(versions.map((v) => [v.revision, v.summary])).toEqual([
      [4, 'Field Group size'],
      [3, 'Field Vision statement'],
      [1, 'Started from Test template v1'],
    ]);
    const restored = await env.client.call('plans.restoreVersion', { id: plan.id, versionId: versions[2].id });
    expect(restored.values).toEqual({});
    expect(restored.revision).toBe(5);
    const back = await env.client.call('plans.restoreVersion', { id: plan.id, versionId: versions[0].id });
    expect(back.values.gather).toEqual({ vision: 'Second draft', size: 8 });
    expect((await env.client.call('plans.versions', { id: plan.id }))[0].summary).toBe('Restored revision 4');
    expect((await errorOf(env.client.call('plans.restoreVersion', { id: plan.id, versionId: 99999 })))?.code).toBe('NOT_FOUND');
  });
});

describe('template changed after the plan started', () => {
  it('keeps the plan on its snapshot, tells that a newer version exists, previews and performs the upgrade', async () => {
    await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'rhythm', value: 'weekly' });
    await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'name', value: 'Cat CoP' });
    const v2 = testTemplate();
    const gather = v2.phases[0];
    gather.fields = gather.fields.filter((f) => f.id !== 'name');
    const rhythm = gather.fields.find((f) => f.id === 'rhythm');
    if (rhythm) Object.assign(rhythm, { type: 'shortText', options: undefined });
    gather.fields.push({ id: 'budget', type: 'number', label: { en: 'Budget', id: 'Anggaran' } });
    expect((await env.client.call('templates.save', { template: v2 })).version).toBe(2);

    const p = await env.client.call('plans.get', { id: plan.id });
    expect(p.templateVersion).toBe(1);
    expect(p.templateUpdate).toBe(2);
    expect(p.template.phases[0].fields.some((f) => f.id === 'name')).toBe(true);
    const still = await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'rhythm', value: 'monthly' });
    expect(still.values.gather.rhythm).toBe('monthly');

    const preview = await env.client.call('plans.upgradePreview', { id: plan.id });
    expect(preview).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(preview.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'phases.gather.fields.name', change: 'removed' }),
        expect.objectContaining({ path: 'phases.gather.fields.rhythm.type', change: 'changed' }),
        expect.objectContaining({ path: 'phases.gather.fields.budget', change: 'added' }),
      ]),
    );
    expect(preview.droppedValues.map((d) => `${d.phaseId}.${d.fieldId}`).sort()).toEqual(['gather.name', 'gather.rhythm']);
    expect((await env.client.call('plans.get', { id: plan.id })).revision).toBe(still.revision);

    expect((await errorOf(env.client.call('plans.upgrade', { id: plan.id, toVersion: 3 })))?.code).toBe('CONFLICT');
    const up = await env.client.call('plans.upgrade', { id: plan.id, toVersion: 2 });
    expect(up.templateVersion).toBe(2);
    expect(up.templateUpdate).toBeNull();
    expect(up.values.gather.name).toBeUndefined();
    expect(up.values.gather.rhythm).toBeUndefined();
    expect(up.values.gather.vision).toBe('Second draft');
    // The dropped values stay in the version history.
    const versions = await env.client.call('plans.versions', { id: plan.id });
    expect(versions[0].summary).toBe('Upgraded template from v1 to v2');
    const before = await env.client.call('plans.restoreVersion', { id: plan.id, versionId: versions[1].id });
    expect(before.templateVersion).toBe(1);
    expect(before.values.gather).toMatchObject({ name: 'Cat CoP', rhythm: 'monthly' });
  });

  it('keeps working when the template is deleted', async () => {
    await env.client.call('templates.delete', { id: 'test-plan-tpl' });
    const p = await env.client.call('plans.get', { id: plan.id });
    expect(p.templateUpdate).toBeNull();
    expect(p.template.id).toBe('test-plan-tpl');
    const edited = await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'size', value: 9 });
    expect(edited.values.gather.size).toBe(9);
    const err = await errorOf(env.client.call('plans.upgradePreview', { id: plan.id }));
    expect(err?.code).toBe('NOT_FOUND');
    expect(err?.message).toMatch(/no longer exists; the plan keeps running on its copy of version 1/);
    expect((await env.client.call('plans.list', {})).some((s) => s.id === plan.id)).toBe(true);
  });
});

describe('a member deleted while assigned', () => {
  it('keeps the owner id, reports the owner as missing, and accepts the kept id in fields', async () => {
    let p = await env.client.call('plans.addTask', { id: plan.id, phaseId: 'gather', title: 'Write the RDA profile', ownerId: 'm-agus', due: '2026-12-01' });
    const taskId = p.tasks[p.tasks.length - 1].id;
    await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'people', value: ['m-agus', 'm-nurul'] });
    env.services.db.prepare("DELETE FROM members WHERE id = 'm-agus'").run();

    p = await env.client.call('plans.get', { id: plan.id });
    const task = p.tasks.find((t) => t.id === taskId);
    expect(task).toMatchObject({ ownerId: 'm-agus', ownerMissing: true });
    expect(p.tasks.filter((t) => t.id !== taskId).every((t) => !t.ownerMissing)).toBe(true);
    expect(p.values.gather.people).toEqual(['m-agus', 'm-nurul']);
    // Re-saving the list with the kept id works; adding the removed member anew elsewhere does not.
    p = await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'people', value: ['m-agus', 'm-nurul', 'm-hendra'] });
    expect(p.values.gather.people).toEqual(['m-agus', 'm-nurul', 'm-hendra']);
    expect((await errorOf(env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'lead', value: 'm-agus' })))?.message).toMatch(/no member with id "m-agus"/);
    expect((await errorOf(env.client.call('plans.addTask', { id: plan.id, phaseId: 'gather', title: 'x', ownerId: 'm-agus' })))?.code).toBe('NOT_FOUND');
    // The profile of the removed member is still expected; its title says so instead of failing.
    expect(p.outputs.find((o) => o.key === 'm-agus')?.title).toBe('Profile of (removed member)');
    p = await env.client.call('plans.updateTask', { id: plan.id, taskId, ownerId: 'm-nurul' });
    expect(p.tasks.find((t) => t.id === taskId)).toMatchObject({ ownerId: 'm-nurul', ownerMissing: false });
  });
});
