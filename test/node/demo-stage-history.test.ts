// The demo's sharing-stage history: written relative to the load time, so only a handful of plausible notes are
// "stuck in a stage" in Problems whenever the demo is loaded; broken demo front matter is refused naming the file.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, createWorkspace } from '../../src/node/services/create-services';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace, FIXED_NOW, openServices, RESOURCES_DIR } from '../helpers/workspace';

const tempDir = useTempDirs();
const STUCK = ['Authority file for local authors', 'Penanganan jamur di rak koleksi lama', 'The December budget rush of 2025', 'The week after Lebaran returns surge'];

async function stuckTitles(dir: string, now: Date): Promise<string[]> {
  const services = createServices({ workspaceDir: dir, resourcesDir: RESOURCES_DIR, clock: () => now });
  try {
    const problems = await createInProcessClient(services).call('graph.problems', {});
    expect(problems.counts.stuck).toBe(problems.stuck.length);
    return problems.stuck.map((s) => s.title).sort();
  } finally {
    services.close();
  }
}

/** A copy of resources/ whose demo can be broken on purpose. */
function resourcesCopy(): string {
  const dir = join(tempDir('copw-demo-res'), 'resources');
  cpSync(RESOURCES_DIR, dir, { recursive: true });
  return dir;
}

describe('demo stage history', () => {
  it('lists only a few plausible notes as stuck in a stage for more than 30 days', async () => {
    const titles = await stuckTitles(demoWorkspace(tempDir()), FIXED_NOW);
    expect(titles).toEqual(STUCK);
  });

  it('logs every stage a note passed through, the last one N days before the load, never before the note was created', () => {
    const services = openServices(demoWorkspace(tempDir()));
    try {
      const db = services.db;
      const rows = db
        .prepare(
          `SELECT n.title, n.stage, n.created_at, c.from_stage, c.to_stage, c.changed_at FROM note_stage_changes c JOIN notes n ON n.id = c.note_id ORDER BY n.title, c.id`,
        )
        .all() as { title: string; stage: string; created_at: string; from_stage: string; to_stage: string; changed_at: string }[];
      const notes = db.prepare('SELECT title, stage FROM notes').all() as { title: string; stage: string }[];
      const order = ['identify', 'reflect', 'share', 'apply'];
      for (const n of notes) {
        const mine = rows.filter((r) => r.title === n.title);
        // identify → … → the current stage, one step at a time, in time order.
        expect(mine.map((r) => r.to_stage), n.title).toEqual(order.slice(1, order.indexOf(n.stage) + 1));
        mine.forEach((r, i) => {
          expect(r.from_stage).toBe(order[i]);
          expect(r.changed_at >= r.created_at, n.title).toBe(true);
          if (i > 0) expect(r.changed_at >= mine[i - 1].changed_at).toBe(true);
        });
      }
      const lebaran = rows.filter((r) => r.title === 'The week after Lebaran returns surge').at(-1)!;
      expect(lebaran.changed_at).toBe(new Date(FIXED_NOW.getTime() - 157 * 86_400_000).toISOString());
    } finally {
      services.close();
    }
  });

  it('does not rot: loaded two years later, the same notes (and only they) are stuck', async () => {
    const later = new Date('2028-11-22T10:00:00.000Z');
    const dir = join(tempDir(), 'ws-2028');
    createWorkspace(dir, { demo: true, resourcesDir: RESOURCES_DIR, clock: () => later });
    expect(await stuckTitles(dir, later)).toEqual(STUCK);
  });

  it('refuses a note past identify without stageDays, and an identify note with one, naming the file; nothing is created', () => {
    const res = resourcesCopy();
    const file = join(res, 'demo', 'notes', 'shelving', 'weeding-with-mustie.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^stageDays: \d+\n/m, ''));
    const dir = join(tempDir(), 'ws-bad');
    expect(() => createWorkspace(dir, { demo: true, resourcesDir: res, clock: () => FIXED_NOW })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/weeding-with-mustie\.md: stageDays: a note in stage share needs stageDays/) }),
    );
    expect(existsSync(join(dir, 'workspace.copw.db'))).toBe(false);

    writeFileSync(file, original);
    const identify = join(res, 'demo', 'notes', 'cataloguing', 'authority-file-for-local-authors.md');
    writeFileSync(identify, readFileSync(identify, 'utf8').replace(/^updated: (.*)$/m, 'updated: $1\nstageDays: 3'));
    expect(() => createWorkspace(dir, { demo: true, resourcesDir: res, clock: () => FIXED_NOW })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/authority-file-for-local-authors\.md: stageDays: an identify note has no stage change/) }),
    );
  });
});
