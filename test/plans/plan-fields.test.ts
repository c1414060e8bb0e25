// plans.create and plans.setField: template tasks with owners and dues, value checks per field type, nothing changed on bad input.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { planEnv, testTemplate } from './fixture';
import type { PlanEnv } from './fixture';
import type { Plan } from '../../src/common/api/methods/plans';
import { AppError } from '../../src/common/errors';

const tempDir = useTempDirs();
let env: PlanEnv;
let plan: Plan;

beforeAll(async () => {
  env = await planEnv(tempDir(), 'fields');
  await env.client.call('templates.save', { template: testTemplate() });
  plan = await env.client.call('plans.create', {
    templateId: 'test-plan-tpl',
    domainId: await env.domainId('Circulation'),
    title: 'Circulation CoP 2027',
    coordinatorId: 'm-dewi',
    startedAt: '2026-11-01',
  });
});
afterAll(() => env.close());

async function rejects(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('plans.create', () => {
  it('snapshots the template, adds its tasks with coordinator owner and due dates, and starts at revision 1', async () => {
    expect(plan.templateVersion).toBe(1);
    expect(plan.template.id).toBe('test-plan-tpl');
    expect(plan.domainName).toBe('Circulation');
    expect(plan.revision).toBe(1);
    expect(plan.tasks.map((t) => [t.templateTaskId, t.ownerId, t.due, t.status])).toEqual([
      ['inviteAll', 'm-dewi', '2026-11-08', 'todo'],
      ['free', null, null, 'todo'],
    ]);
    expect(plan.currentPhase).toBe('gather');
    expect(plan.phases.map((p) => p.status)).toEqual(['not-started', 'not-started']);
    expect(await env.client.call('plans.versions', { id: plan.id })).toHaveLength(1);
    expect((await env.client.call('plans.list', {})).map((p) => p.id)).toContain(plan.id);
  });

  it('refuses an unknown template, domain or coordinator', async () => {
    const domainId = await env.domainId('Circulation');
    expect((await rejects(env.client.call('plans.create', { templateId: 'nope', domainId, title: 'x' }))).code).toBe('NOT_FOUND');
    expect((await rejects(env.client.call('plans.create', { templateId: 'test-plan-tpl', domainId: 'nope', title: 'x' }))).message).toMatch(/No domain/);
    expect((await rejects(env.client.call('plans.create', { templateId: 'test-plan-tpl', domainId, title: 'x', coordinatorId: 'ghost' }))).message).toMatch(/ghost/);
  });
});

describe('plans.setField', () => {
  const good: [string, unknown][] = [
    ['name', 'Circ CoP'],
    ['vision', 'Every librarian knows whom to ask.'],
    ['kickoff', '2027-01-14'],
    ['size', 12],
    ['rhythm', 'monthly'],
    ['lead', 'm-sari'],
    ['people', ['m-sari', 'm-budi', 'm-sari']],
    ['home', 'DOMAIN'],
    ['steps', { invite: true, meet: false }],
    ['topics', [{ topic: 'Fines', hours: 2, when: '2027-02-01', owner: 'm-budi', level: 'core' }, { topic: 'Queues', owner: null }]],
  ];

  it('stores a value of every field type, normalised, and counts it', async () => {
    const home = await env.domainId('Circulation');
    let p = plan;
    for (const [fieldId, value] of good) p = await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId, value: value === 'DOMAIN' ? home : value });
    expect(p.values.gather).toMatchObject({ name: 'Circ CoP', size: 12, rhythm: 'monthly', people: ['m-sari', 'm-budi'], home, steps: { invite: true, meet: false } });
    expect(p.values.gather.topics).toEqual([{ topic: 'Fines', hours: 2, when: '2027-02-01', owner: 'm-budi', level: 'core' }, { topic: 'Queues', owner: null }]);
    expect(p.phases[0].status).toBe('in-progress');
    expect(p.revision).toBe(1 + good.length);
    expect(env.events.some((e) => e.event === 'plans.changed' && (e.payload as { id: string }).id === plan.id)).toBe(true);
  });

  const bad: [string, unknown, RegExp][] = [
    ['vision', 42, /^Field "Vision statement" \(gather\.vision\): expected text, got number 42/],
    ['name', 'two\nlines', /single line/],
    ['name', 'x'.repeat(501), /at most 500/],
    ['kickoff', '2026-02-30', /^Field "Kick-off date" \(gather\.kickoff\): expected a real date/],
    ['kickoff', '14/01/2027', /real date/],
    ['size', 51, /above the maximum 50/],
    ['size', '12', /expected a number/],
    ['rhythm', 'daily', /one of "weekly", "monthly"/],
    ['lead', 'm-ghost', /no member with id "m-ghost"/],
    ['people', 'm-sari', /list of member ids/],
    ['home', 'nowhere', /no domain/],
    ['steps', { invite: 'yes' }, /true or false/],
    ['steps', { unknown: true }, /unknown checklist item "unknown"/],
    ['topics', [{ colour: 'red' }], /row 1: unknown column "colour"/],
    ['topics', [{ topic: 'ok' }, { when: '2027-13-01' }], /row 2: column "when": expected a real date/],
    ['topics', [{ level: 'peripheral' }], /column "level": expected one of "core"/],
  ];

  it('refuses each bad value with the field named and changes nothing', async () => {
    const before = await env.client.call('plans.get', { id: plan.id });
    for (const [fieldId, value, message] of bad) {
      const err = await rejects(env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId, value }));
      expect(err.code, fieldId).toBe('INVALID_INPUT');
      expect(err.message, fieldId).toMatch(message);
    }
    const after = await env.client.call('plans.get', { id: plan.id });
    expect(after.revision).toBe(before.revision);
    expect(after.values).toEqual(before.values);
  });

  it('refuses an unknown field or phase', async () => {
    const e1 = await rejects(env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'colour', value: 'x' }));
    expect(e1.message).toBe('Phase "Gather" (gather) has no field "colour"');
    const e2 = await rejects(env.client.call('plans.setField', { id: plan.id, phaseId: 'nowhere', fieldId: 'name', value: 'x' }));
    expect(e2.code).toBe('NOT_FOUND');
    expect(e2.message).toMatch(/no phase "nowhere"/);
  });

  it('clears a value with null', async () => {
    const p = await env.client.call('plans.setField', { id: plan.id, phaseId: 'gather', fieldId: 'name', value: null });
    expect(p.values.gather.name).toBeUndefined();
  });
});

describe('plans.update', () => {
  it('changes title, coordinator, status, start date and language; refuses an unknown coordinator or unreal date', async () => {
    const p = await env.client.call('plans.update', { id: plan.id, title: 'Circulation CoP 2027/28', coordinatorId: 'm-sari', status: 'archived', startedAt: '2026-12-01', lang: 'id' });
    expect(p).toMatchObject({ title: 'Circulation CoP 2027/28', coordinatorId: 'm-sari', status: 'archived', startedAt: '2026-12-01', lang: 'id' });
    expect((await env.client.call('plans.versions', { id: plan.id }))[0].summary).toBe('Plan details');
    expect((await rejects(env.client.call('plans.update', { id: plan.id, coordinatorId: 'm-ghost' }))).code).toBe('NOT_FOUND');
    expect((await rejects(env.client.call('plans.update', { id: plan.id, startedAt: '2026-02-30' }))).code).toBe('INVALID_INPUT');
    expect((await env.client.call('plans.get', { id: plan.id })).coordinatorId).toBe('m-sari');
  });
});
