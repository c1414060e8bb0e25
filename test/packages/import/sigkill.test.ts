// Killing `copw import` (SIGKILL) in the middle of writing a 5,000-note package leaves the workspace exactly as it was.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { COPW } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { demoWorkspace, FIXED_NOW, openServices } from '../../helpers/workspace';
import { NoteStore } from '../../../src/node/store/note-store';
import { domainId, exportDomain, openSide } from './import-fixture';

const tmp = useTempDirs();
const NOTES = 5_000;
let root: string;
let pkg: string;
let target: string;

function snapshot(dir: string): { integrity: string; notes: string[]; provenance: number; events: number } {
  const db = new Database(join(dir, 'workspace.copw.db'));
  try {
    return {
      integrity: db.prepare('PRAGMA integrity_check').pluck().get() as string,
      notes: db.prepare("SELECT id || ':' || title || ':' || length(body) FROM notes ORDER BY id").pluck().all() as string[],
      provenance: db.prepare('SELECT count(*) FROM provenance').pluck().get() as number,
      events: db.prepare('SELECT count(*) FROM sharing_events').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  root = tmp('import-kill');
  const source = openSide(root, 'source');
  const domain = await domainId(source, 'Circulation');
  const store = new NoteStore(source.db);
  const stamp = FIXED_NOW.toISOString();
  const filler = 'Shelving and lending practice notes for the kill test. '.repeat(30);
  source.db.transaction(() => {
    for (let i = 0; i < NOTES; i++) {
      store.insert({ title: `Bulk note ${i}`, domainId: domain, kind: 'practice', stage: 'share', body: `${filler}\n\nSee [[Bulk note ${(i + 1) % NOTES}]].`, tags: ['bulk'], createdAt: stamp, updatedAt: stamp });
    }
  })();
  pkg = (await exportDomain(source, root, 'Circulation', 'big.copkg', 'Bulk')).path;
  source.services.close();
  target = demoWorkspace(root, 'target');
  openServices(target).close();
}, 300_000);

describe('copw import killed mid-way', () => {
  it('SIGKILL while writing: the workspace opens with integrity ok and exactly the notes it had', async () => {
    const before = snapshot(target);
    expect(before.integrity).toBe('ok');
    const child = spawn(process.execPath, [COPW, 'import', pkg, '--workspace', target], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let killedAt: number | null = null;
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Progress: the first half is classifying, the second half writing inside the one transaction.
      const pct = [...stderr.matchAll(/: (\d+)%\n/g)].map((m) => Number(m[1]));
      if (killedAt === null && pct.some((p) => p > 50 && p < 100)) {
        killedAt = Math.max(...pct);
        child.kill('SIGKILL');
      }
    });
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    expect(exit.signal, `stderr: ${stderr}`).toBe('SIGKILL');
    expect(killedAt).not.toBeNull();
    expect(killedAt!).toBeLessThan(100);

    const after = snapshot(target);
    expect(after.integrity).toBe('ok');
    expect(after.notes).toEqual(before.notes);
    expect(after.provenance).toBe(before.provenance);
    expect(after.events).toBe(before.events);

    // The same package then imports completely (nothing half-done was left to trip over).
    const services = openServices(target);
    try {
      const { createInProcessClient } = await import('../../../src/node/transport/in-process');
      const report = await createInProcessClient(services).call('packages.import', { path: pkg });
      expect(report.added).toBeGreaterThanOrEqual(NOTES);
      expect(services.db.prepare('SELECT count(*) FROM provenance').pluck().get()).toBe(report.added);
    } finally {
      services.close();
    }
  }, 300_000);
});
