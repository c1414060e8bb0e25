// The shipped demo workspace: a realistic library CoP, interlinked, bilingual, with a 5D plan in progress.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, openServices } from '../helpers/workspace';
import { createInProcessClient } from '../../src/node/transport/in-process';

const tempDir = useTempDirs();

describe('demo workspace', () => {
  it('has the size the foundation promises', async () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const client = createInProcessClient(services);
      const stats = await client.call('workspace.stats', {});
      expect(stats.notes).toBeGreaterThanOrEqual(40);
      expect(stats.domains).toBeGreaterThanOrEqual(4);
      expect(stats.members).toBeGreaterThanOrEqual(8);
      expect(stats.plans).toBeGreaterThanOrEqual(1);
      const names = (await client.call('domains.list', {})).map((d) => d.name.toLowerCase());
      for (const practice of ['circulation', 'procurement', 'cataloguing', 'shelving']) {
        expect(names.some((n) => n.includes(practice)), practice).toBe(true);
      }
    } finally {
      services.close();
    }
  });

  it('is interlinked: links resolve, every note links out and is linked to', async () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const db = services.db;
      const stats = await createInProcessClient(services).call('workspace.stats', {});
      expect(stats.links).toBeGreaterThanOrEqual(2 * stats.notes);
      // Only a couple of deliberate "write this next" links stay unresolved.
      expect(stats.unresolvedLinks).toBeLessThanOrEqual(3);
      const withoutOut = db.prepare('SELECT title FROM notes WHERE id NOT IN (SELECT source_id FROM links)').pluck().all();
      expect(withoutOut).toEqual([]);
      const orphans = db.prepare('SELECT title FROM notes WHERE id NOT IN (SELECT target_id FROM links WHERE target_id IS NOT NULL)').pluck().all();
      expect(orphans).toEqual([]);
      const crossDomain = db
        .prepare('SELECT count(*) FROM links l JOIN notes s ON s.id = l.source_id JOIN notes t ON t.id = l.target_id WHERE s.domain_id <> t.domain_id')
        .pluck()
        .get() as number;
      expect(crossDomain).toBeGreaterThan(10);
    } finally {
      services.close();
    }
  });

  it('has varied kinds, all sharing stages, notes in Bahasa Indonesia, members with roles', async () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const client = createInProcessClient(services);
      const notes = await client.call('notes.list', {});
      const kinds = new Set(notes.map((n) => n.kind));
      for (const k of ['practice', 'story', 'tool', 'method', 'technique', 'lesson-learned', 'meeting-record']) expect(kinds.has(k as never), k).toBe(true);
      expect(new Set(notes.map((n) => n.stage))).toEqual(new Set(['identify', 'reflect', 'share', 'apply']));
      expect(notes.filter((n) => n.lang === 'id').length).toBeGreaterThanOrEqual(8);
      const members = await client.call('members.list', {});
      expect(members.filter((m) => m.participation === 'coordinator')).toHaveLength(1);
      expect(new Set(members.map((m) => m.participation)).size).toBe(4);
      expect(members.every((m) => m.role.length > 0 && m.narrative.length > 40 && m.domainIds.length > 0)).toBe(true);
    } finally {
      services.close();
    }
  });

  it('has a 5D plan in progress whose outputs, meetings and owners exist', async () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const client = createInProcessClient(services);
      const [summary] = await client.call('plans.list', {});
      const plan = await client.call('plans.get', { id: summary.id });
      const statuses = plan.phases.map((p) => p.status);
      expect(statuses.slice(0, 4)).toEqual(['done', 'done', 'done', 'in-progress']);
      expect(plan.progress).toBeGreaterThan(0);
      expect(plan.progress).toBeLessThan(1);
      expect(summary.overdueTasks).toBeGreaterThan(0);
      const memberIds = new Set((await client.call('members.list', {})).map((m) => m.id));
      for (const t of plan.tasks) if (t.ownerId) expect(memberIds.has(t.ownerId), t.ownerId).toBe(true);
      expect(plan.currentPhase).toBe('document');
      expect(plan.meetings.length).toBeGreaterThanOrEqual(3);
      expect(plan.meetings.some((m) => m.date > '2026-11-22')).toBe(true);
      for (const m of plan.meetings) for (const a of m.attendeeIds) expect(memberIds.has(a), a).toBe(true);
      const present = plan.outputs.filter((o) => o.noteId);
      expect(present.length).toBeGreaterThanOrEqual(5);
      for (const o of present) expect((await client.call('notes.get', { id: o.noteId as string })).title).toBe(o.title);
    } finally {
      services.close();
    }
  });
});
