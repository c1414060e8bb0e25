// Output notes (member profiles, meeting records), meeting schedule, tasks, gates and progress on the built-in Library CoP template.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { planEnv } from './fixture';
import type { PlanEnv } from './fixture';
import type { Plan } from '../../src/common/api/methods/plans';
import type { AppError } from '../../src/common/errors';

const tempDir = useTempDirs();
let env: PlanEnv;
let plan: Plan;
let circulation: string;
const THREE = ['m-sari', 'm-budi', 'm-yusuf'];

beforeAll(async () => {
  env = await planEnv(tempDir(), 'outputs');
  circulation = await env.domainId('Circulation');
  plan = await env.client.call('plans.create', { templateId: 'library-cop-5d', domainId: circulation, title: 'Circulation CoP', coordinatorId: 'm-dewi', startedAt: '2026-10-01' });
});
afterAll(() => env.close());

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describe('member-profile outputs', () => {
  it('expects one profile per selected participant and creates them as linked, searchable notes in the plan domain', async () => {
    // A note with the expected title already exists: it is linked, not duplicated.
    const existing = await env.client.call('notes.create', { domainId: circulation, title: 'Member profile: Budi Santoso', kind: 'member-profile' });
    let p = await env.client.call('plans.setField', { id: plan.id, phaseId: 'discovery', fieldId: 'participants', value: THREE });
    const expected = p.outputs.filter((o) => o.outputId === 'memberProfiles');
    expect(expected.map((o) => o.key)).toEqual(THREE);
    expect(expected.map((o) => o.noteId)).toEqual([null, null, null]);
    expect(p.phases[0].blockers.map((b) => b.kind)).toContain('output');

    const seen = env.events.length;
    const r = await env.client.call('plans.createOutputs', { id: plan.id, phaseId: 'discovery' });
    expect(r.created.map((c) => c.title).sort()).toEqual(['Member profile: Sari Wulandari', 'Member profile: Yusuf Hidayat'].sort());
    p = r.plan;
    const profiles = p.outputs.filter((o) => o.outputId === 'memberProfiles');
    expect(profiles.every((o) => o.noteId !== null)).toBe(true);
    expect(profiles.find((o) => o.key === 'm-budi')?.noteId).toBe(existing.id);
    for (const c of r.created) {
      const note = await env.client.call('notes.get', { id: c.noteId });
      expect(note.domainId).toBe(circulation);
      expect(note.kind).toBe('member-profile');
      expect(note.body.length).toBeGreaterThan(20);
      expect(note.body).not.toMatch(/\{\{/);
    }
    const created = env.events.slice(seen).filter((e) => e.event === 'notes.changed');
    expect(created.map((e) => (e.payload as { id: string }).id).sort()).toEqual(r.created.map((c) => c.noteId).sort());
    const hits = await env.client.call('search.query', { q: 'Yusuf Hidayat' });
    expect(JSON.stringify(hits)).toContain(r.created.find((c) => c.title.includes('Yusuf'))?.noteId);

    // Idempotent: nothing new the second time.
    const again = await env.client.call('plans.createOutputs', { id: plan.id, phaseId: 'discovery' });
    expect(again.created).toEqual([]);
    expect(again.plan.revision).toBe(p.revision);
  });

  it('shows an output as missing again when its note is trashed', async () => {
    const p = await env.client.call('plans.get', { id: plan.id });
    const sari = p.outputs.find((o) => o.key === 'm-sari');
    await env.client.call('notes.delete', { id: sari?.noteId as string });
    const after = await env.client.call('plans.get', { id: plan.id });
    expect(after.outputs.find((o) => o.key === 'm-sari')?.noteId).toBeNull();
    const r = await env.client.call('plans.createOutputs', { id: plan.id, outputId: 'memberProfiles' });
    expect(r.created).toHaveLength(1);
  });
});

describe('gates and progress', () => {
  it('refuses to complete a blocked phase, listing the blockers, and completes it once the gate is met', async () => {
    const err = await errorOf(env.client.call('plans.completePhase', { id: plan.id, phaseId: 'discovery', done: true }));
    expect(err?.code).toBe('CONFLICT');
    expect(err?.message).toMatch(/^Phase "Discovery" cannot be completed yet: .*Members' backgrounds/);
    let p = await env.client.call('plans.get', { id: plan.id });
    // Gate: participants, backgroundSummary, goalsAndExpectations, memberProfiles → 2 of 4 met.
    expect(p.phases[0].progress).toBeCloseTo(0.5, 3);
    await env.client.call('plans.setField', { id: plan.id, phaseId: 'discovery', fieldId: 'backgroundSummary', value: 'Three circulation staff, 5 to 13 years of service.' });
    p = await env.client.call('plans.setField', { id: plan.id, phaseId: 'discovery', fieldId: 'goalsAndExpectations', value: 'Fewer surprises from processing.' });
    expect(p.phases[0].progress).toBe(1);
    expect(p.phases[0].blockers).toEqual([]);
    p = await env.client.call('plans.completePhase', { id: plan.id, phaseId: 'discovery', done: true });
    expect(p.phases[0].status).toBe('done');
    expect(p.currentPhase).toBe('dreaming');
    expect(p.progress).toBeCloseTo(p.phases.reduce((s, x) => s + x.progress, 0) / p.phases.length, 3);

    // Dreaming: vision and goals required plus the charter note.
    p = await env.client.call('plans.setField', { id: plan.id, phaseId: 'dreaming', fieldId: 'visionStatement', value: 'Every librarian knows whom to ask.' });
    expect(p.phases[1].progress).toBeCloseTo(1 / 3, 3);
    const r = await env.client.call('plans.createOutputs', { id: plan.id, phaseId: 'dreaming' });
    expect(r.created).toHaveLength(1);
    expect(r.created[0].title).toBe('Circulation CoP — charter');
    const charter = await env.client.call('notes.get', { id: r.created[0].noteId });
    expect(charter.body).toContain('Every librarian knows whom to ask.');
    expect(r.plan.phases[1].progress).toBeCloseTo(2 / 3, 3);

    const reopened = await env.client.call('plans.completePhase', { id: plan.id, phaseId: 'discovery', done: false });
    expect(reopened.phases[0].status).toBe('in-progress');
    expect(reopened.currentPhase).toBe('discovery');
  });
});

describe('tasks', () => {
  it('adds, updates and removes tasks; owners must exist; overdue tasks counted from the clock', async () => {
    let p = await env.client.call('plans.addTask', { id: plan.id, phaseId: 'design', title: 'Map topics with shelving', ownerId: 'm-rina', due: '2026-11-01' });
    const task = p.tasks[p.tasks.length - 1];
    expect(task).toMatchObject({ phaseId: 'design', ownerId: 'm-rina', due: '2026-11-01', status: 'todo', templateTaskId: null });
    const overdue = p.overdueTasks;
    expect(overdue).toBeGreaterThanOrEqual(1);
    expect(p.tasks.filter((t) => t.status !== 'done' && t.due !== null && t.due < '2026-11-22')).toHaveLength(overdue);
    expect((await errorOf(env.client.call('plans.addTask', { id: plan.id, phaseId: 'design', title: 'x', ownerId: 'm-ghost' })))?.message).toMatch(/m-ghost/);
    expect((await errorOf(env.client.call('plans.addTask', { id: plan.id, phaseId: 'design', title: 'x', due: '2026-02-30' })))?.code).toBe('INVALID_INPUT');
    p = await env.client.call('plans.updateTask', { id: plan.id, taskId: task.id, status: 'done', ownerId: 'm-joko' });
    expect(p.tasks.find((t) => t.id === task.id)).toMatchObject({ status: 'done', ownerId: 'm-joko' });
    expect(p.overdueTasks).toBe(overdue - 1);
    p = await env.client.call('plans.removeTask', { id: plan.id, taskId: task.id });
    expect(p.tasks.some((t) => t.id === task.id)).toBe(false);
    expect((await errorOf(env.client.call('plans.removeTask', { id: plan.id, taskId: task.id })))?.code).toBe('NOT_FOUND');
  });
});

describe('meeting schedule', () => {
  it('schedules meetings every N days, each with a meeting-record note listing the attendees', async () => {
    const before = await env.client.call('plans.get', { id: plan.id });
    expect(before.phases[4].blockers.map((b) => b.kind)).toContain('meetings');
    const p = await env.client.call('plans.scheduleMeetings', {
      id: plan.id,
      phaseId: 'disseminate',
      firstDate: '2027-01-14',
      everyDays: 30,
      count: 2,
      time: '09:00',
      place: 'Aula',
      title: 'Face-to-face meeting',
      attendeeIds: ['m-sari', 'm-budi'],
    });
    expect(p.meetings.map((m) => [m.title, m.date, m.time, m.place])).toEqual([
      ['Face-to-face meeting 1', '2027-01-14', '09:00', 'Aula'],
      ['Face-to-face meeting 2', '2027-02-13', '09:00', 'Aula'],
    ]);
    for (const m of p.meetings) {
      const note = await env.client.call('notes.get', { id: m.recordNoteId as string });
      expect(note.kind).toBe('meeting-record');
      expect(note.domainId).toBe(circulation);
      expect(note.title).toBe(`${m.title} — ${m.date}`);
      expect(note.body).toContain('Sari Wulandari, Budi Santoso');
    }
    const records = p.outputs.filter((o) => o.outputId === 'meetingRecords');
    expect(records.map((o) => o.noteId)).toEqual(p.meetings.map((m) => m.recordNoteId));
    expect(p.phases[4].blockers.map((b) => b.kind)).not.toContain('meetings');

    const moved = await env.client.call('plans.updateMeeting', { id: plan.id, meetingId: p.meetings[1].id, date: '2027-03-01', attendeeIds: ['m-sari'] });
    expect(moved.meetings[1]).toMatchObject({ date: '2027-03-01', attendeeIds: ['m-sari'] });
    expect((await errorOf(env.client.call('plans.updateMeeting', { id: plan.id, meetingId: p.meetings[1].id, attendeeIds: ['m-ghost'] })))?.code).toBe('NOT_FOUND');
    const removed = await env.client.call('plans.removeMeeting', { id: plan.id, meetingId: p.meetings[0].id });
    expect(removed.meetings).toHaveLength(1);
    expect((await env.client.call('notes.get', { id: p.meetings[0].recordNoteId as string })).deletedAt).toBeNull();
    expect((await errorOf(env.client.call('plans.scheduleMeetings', { id: plan.id, phaseId: 'dreaming', firstDate: '2027-01-01', everyDays: 7, count: 1, attendeeIds: [] })))?.code).toBe('INVALID_INPUT');
  });
});

describe('report and delete', () => {
  it('renders the report with the vision, tasks and meetings, then deletes the plan', async () => {
    const md = await env.client.call('plans.report', { id: plan.id, format: 'md' });
    expect(md.mime).toBe('text/markdown');
    expect(md.content).toContain('Every librarian knows whom to ask.');
    expect(md.content).toContain('Face-to-face meeting 2');
    const html = await env.client.call('plans.report', { id: plan.id, format: 'html', lang: 'id' });
    expect(html.content).toMatch(/<html/i);
    expect(await env.client.call('plans.delete', { id: plan.id })).toBeNull();
    expect((await errorOf(env.client.call('plans.get', { id: plan.id })))?.code).toBe('NOT_FOUND');
    expect(env.services.db.prepare('SELECT COUNT(*) FROM plan_versions WHERE plan_id = ?').pluck().get(plan.id)).toBe(0);
  });
});
