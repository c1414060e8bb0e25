// Migration 6 on a version-5 database holding an old-format plan: new tables and columns, plan data converted.
import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { useTempDirs } from '../helpers/temp-dir';
import { MIGRATIONS, migrate } from '../../src/node/db/migrations';
import { parsePlanData } from '../../src/common/plans/plan-data';

const tempDir = useTempDirs();

const OLD_DATA = {
  phases: [
    {
      id: 'discovery',
      status: 'done',
      completedAt: '2026-07-10',
      fields: { narrativesCollected: 13, participants: ['m1'] },
      checklist: [{ label: 'Invite everyone', done: true }],
      tasks: [{ title: 'Book rooms', ownerId: 'm1', due: '2026-06-12', status: 'done' }],
      outputs: ['Profile One', 'Missing note'],
    },
    { id: 'disseminate', status: 'not-started', fields: {}, checklist: [], tasks: [], outputs: [] },
  ],
  meetings: [{ title: 'Session 1', date: '2026-06-18', kind: 'workshop', attendeeIds: ['m1'], recordTitle: 'Profile One' }],
};

describe('migration 006', () => {
  it('adds templates and plan_versions and converts an old-format plan, keeping its values', () => {
    const db = new Database(join(tempDir('mig006'), 'w.db'));
    try {
      expect(migrate(db, MIGRATIONS.slice(0, 5))).toBe(5);
      db.prepare("INSERT INTO domains (id, slug, name, created_at, updated_at) VALUES ('d', 'd', 'D', 'x', 'x')").run();
      db.prepare("INSERT INTO members (id, name, participation, created_at, updated_at) VALUES ('m1', 'One', 'core', 'x', 'x')").run();
      db.prepare("INSERT INTO notes (id, title, title_key, domain_id, kind, stage, body, created_at, updated_at) VALUES ('n1', 'Profile One', 'profile one', 'd', 'member-profile', 'share', '', 'x', 'x')").run();
      db.prepare(
        "INSERT INTO plans (id, title, template_id, domain_id, coordinator_id, status, current_phase, started_at, data, created_at, updated_at) VALUES ('p1', 'Old plan', 'library-cop-5d', 'd', 'm1', 'in-progress', 'discovery', '2026-06-02', ?, 'x', 'x')",
      ).run(JSON.stringify(OLD_DATA));

      expect(migrate(db, MIGRATIONS.slice(0, 6))).toBe(6);

      const cols = (db.prepare('PRAGMA table_info(plans)').all() as { name: string }[]).map((c) => c.name);
      expect(cols).toEqual(expect.arrayContaining(['template_version', 'template_json', 'lang', 'revision']));
      const tcols = (db.prepare('PRAGMA table_info(templates)').all() as { name: string }[]).map((c) => c.name);
      expect(tcols).toEqual(['id', 'version', 'json', 'created_at', 'deleted_at']);
      expect(db.prepare('SELECT COUNT(*) FROM plan_versions').pluck().get()).toBe(0);

      const row = db.prepare("SELECT data, template_json, revision, lang FROM plans WHERE id = 'p1'").get() as { data: string; template_json: string | null; revision: number; lang: string };
      expect(row).toMatchObject({ template_json: null, revision: 0, lang: 'en' });
      const data = parsePlanData(row.data);
      expect(JSON.parse(row.data).format).toBe(2);
      expect(data.values.discovery).toEqual({ narrativesCollected: 13, participants: ['m1'] });
      expect(data.phaseDone).toEqual({ discovery: '2026-07-10' });
      expect(data.tasks).toHaveLength(1);
      expect(data.tasks[0]).toMatchObject({ phaseId: 'discovery', title: 'Book rooms', ownerId: 'm1', due: '2026-06-12', status: 'done' });
      expect(data.meetings[0]).toMatchObject({ phaseId: 'disseminate', title: 'Session 1', attendeeIds: ['m1'], recordNoteId: 'n1' });
      expect(data.legacy).toEqual({
        phases: [
          { phaseId: 'discovery', checklist: [{ label: 'Invite everyone', done: true }], outputs: [{ title: 'Profile One', noteId: 'n1' }, { title: 'Missing note', noteId: null }] },
          { phaseId: 'disseminate', checklist: [], outputs: [] },
        ],
      });
    } finally {
      db.close();
    }
  });
});
