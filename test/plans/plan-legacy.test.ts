// A plan converted from the old format (no template snapshot yet) opens on the template, keeps unfitting values aside, and saves a snapshot on its first write.
import { describe, it, expect } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { planEnv } from './fixture';
import { convertLegacyPlanData } from '../../src/node/plans/legacy-plan';

const tempDir = useTempDirs();

const OLD = {
  phases: [
    {
      id: 'discovery',
      status: 'done',
      completedAt: '2026-07-10',
      fields: { participants: ['m-dewi', 'm-sari'], knowledgeHeld: ['Fines policy (Sari)', 'Book drop (Budi)'], narrativesCollected: 2, nonLibrarianStaffIncluded: true },
      checklist: [{ label: 'Invite staff', done: true }],
      tasks: [{ title: 'Book rooms', owner: 'm-dewi', due: '2026-06-12', status: 'done' }],
      outputs: ['Member profile Sari Wulandari'],
    },
    { id: 'dreaming', status: 'in-progress', fields: { goals: ['Fifty notes', 'Monthly sessions'] }, checklist: [], tasks: [], outputs: [] },
  ],
  meetings: [],
};

describe('old-format plan', () => {
  it('is read on the latest template with values fitted, and gets its snapshot on the first write', async () => {
    const env = await planEnv(tempDir(), 'legacy');
    try {
      const db = env.services.db;
      const data = convertLegacyPlanData(OLD, () => null);
      db.prepare(
        "INSERT INTO plans (id, title, template_id, domain_id, coordinator_id, status, current_phase, started_at, data, created_at, updated_at) VALUES ('old', 'Old plan', 'library-cop-5d', NULL, 'm-dewi', 'in-progress', 'discovery', '2026-06-02', ?, 'x', 'x')",
      ).run(JSON.stringify(data));
      const p = await env.client.call('plans.get', { id: 'old' });
      expect(p.templateVersion).toBe(1);
      expect(p.status).toBe('active');
      expect(p.values.discovery.participants).toEqual(['m-dewi', 'm-sari']);
      expect(p.values.discovery.narrativesCollected).toBe(2);
      expect(p.values.discovery.knowledgeHeld).toEqual([{ knowledge: 'Fines policy (Sari)' }, { knowledge: 'Book drop (Budi)' }]);
      expect(p.values.dreaming.goals).toBe('- Fifty notes\n- Monthly sessions');
      expect(p.phases[0].status).toBe('done');
      expect(p.tasks[0]).toMatchObject({ title: 'Book rooms', ownerId: 'm-dewi' });
      expect(db.prepare("SELECT template_json FROM plans WHERE id = 'old'").pluck().get()).toBeNull();

      await env.client.call('plans.setField', { id: 'old', phaseId: 'dreaming', fieldId: 'visionStatement', value: 'Whom to ask' });
      const row = db.prepare("SELECT template_json, data FROM plans WHERE id = 'old'").get() as { template_json: string; data: string };
      expect(JSON.parse(row.template_json).id).toBe('library-cop-5d');
      // The field the template does not have is kept aside, not lost.
      expect(JSON.parse(row.data).legacy.values.discovery).toEqual({ nonLibrarianStaffIncluded: true });
    } finally {
      env.close();
    }
  });

  it('is still listed (and can be deleted) when its template no longer exists, but opening it says why it cannot', async () => {
    const env = await planEnv(tempDir(), 'legacy-orphan');
    try {
      const data = convertLegacyPlanData(OLD, () => null);
      env.services.db
        .prepare(
          "INSERT INTO plans (id, title, template_id, domain_id, coordinator_id, status, current_phase, started_at, data, created_at, updated_at) VALUES ('orphan', 'Orphan plan', 'gone-tpl', NULL, NULL, 'active', 'discovery', NULL, ?, 'x', 'x')",
        )
        .run(JSON.stringify(data));
      const listed = (await env.client.call('plans.list', {})).find((p) => p.id === 'orphan');
      expect(listed).toMatchObject({ title: 'Orphan plan', templateId: 'gone-tpl', progress: 0 });
      const err = await env.client.call('plans.get', { id: 'orphan' }).then(
        () => null,
        (e: unknown) => e as Error & { code: string },
      );
      expect(err?.code).toBe('CONFLICT');
      expect(err?.message).toMatch(/template gone-tpl no longer exists/);
      expect(await env.client.call('plans.delete', { id: 'orphan' })).toBeNull();
    } finally {
      env.close();
    }
  });
});
