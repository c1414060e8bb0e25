// The demo workspace's plan: Library CoP 5D in the Document phase, overdue tasks, future meetings, output notes that exist; bad demo files refused.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDirs } from '../helpers/temp-dir';
import { planEnv } from './fixture';
import { RESOURCES_DIR } from '../helpers/workspace';
import { loadDemoPlan } from '../../src/node/plans/demo-plan';
import { createTemplateSource } from '../../src/node/plans/template-source';

const tempDir = useTempDirs();
const FILE = join(RESOURCES_DIR, 'demo', 'plans', 'library-cop-5d-2026.json');

describe('demo plan', () => {
  it('runs on the library-cop-5d template in the Document phase with overdue tasks, future meetings and linked outputs', async () => {
    const env = await planEnv(tempDir(), 'demo');
    try {
      const p = await env.client.call('plans.get', { id: 'plan-library-cop-5d-2026' });
      expect(p.templateId).toBe('library-cop-5d');
      expect(p.currentPhase).toBe('document');
      expect(p.phases.slice(0, 3).map((x) => x.status)).toEqual(['done', 'done', 'done']);
      expect(p.overdueTasks).toBeGreaterThanOrEqual(3);
      expect(p.meetings.filter((m) => m.date > '2026-11-22').length).toBeGreaterThanOrEqual(2);
      const present = p.outputs.filter((o) => o.noteId);
      expect(present.map((o) => o.outputId)).toEqual(expect.arrayContaining(['memberProfiles', 'charter']));
      expect(p.phases[3].blockers.length).toBeGreaterThan(0);
      expect(p.progress).toBeGreaterThan(0.5);
      expect(p.progress).toBeLessThan(1);
    } finally {
      env.close();
    }
  });

  it('refuses a demo plan whose values do not fit the template, naming the file and the field', async () => {
    const env = await planEnv(tempDir(), 'demo-bad');
    try {
      const raw = JSON.parse(readFileSync(FILE, 'utf8'));
      raw.id = 'other';
      raw.values.design.meetingRhythm = 'sometimes';
      const source = createTemplateSource(env.services.db, RESOURCES_DIR);
      const domain = await env.domainId('CoP Programme');
      expect(() => loadDemoPlan(env.services.db, source, raw, 'plans/x.json', () => domain, '2026-11-22T10:00:00.000Z')).toThrow(
        /^plans\/x\.json: values\.design\.meetingRhythm: expected one of "weekly"/,
      );
      raw.values.design.meetingRhythm = 'monthly';
      raw.tasks[0].owner = 'm-ghost';
      expect(() => loadDemoPlan(env.services.db, source, raw, 'plans/x.json', () => domain, '2026-11-22T10:00:00.000Z')).toThrow(/tasks\[0\]\.owner: no member "m-ghost"/);
    } finally {
      env.close();
    }
  });
});
