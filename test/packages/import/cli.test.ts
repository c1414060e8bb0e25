// copw import: JSON report, strategies from the command line, and refused packages leaving the workspace byte-for-byte unchanged.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copw } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { demoWorkspace, openServices } from '../../helpers/workspace';
import { exportDomain, openSide } from './import-fixture';
import { contentPackage, note, tamperedPackage } from './hostile-fixture';

const tmp = useTempDirs();
let root: string;
let target: string;
let pkg: string;

/** sha256 of every file under dir (relative path → hash). */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

beforeAll(async () => {
  root = tmp('import-cli');
  const a = openSide(root, 'a');
  pkg = (await exportDomain(a, root, 'Circulation', 'circ.copkg')).path;
  a.services.close();
  target = demoWorkspace(root, 'target');
  // Opened once so that the first open's one-time changes (WAL mode, workspace id) are not counted below.
  openServices(target).close();
});

describe('copw import', () => {
  it('rejects hostile packages with one error line and leaves the workspace byte-for-byte unchanged', async () => {
    const cases: { file: string; code: string; build: (p: string) => Promise<void> }[] = [
      { file: 'tampered.copkg', code: 'PKG_CHECKSUM', build: tamperedPackage },
      { file: 'hash.copkg', code: 'PKG_CHECKSUM', build: (p) => contentPackage(p, [note('h1', { contentHash: 'a'.repeat(64) })]) },
      { file: 'title.copkg', code: 'PKG_CORRUPT', build: (p) => contentPackage(p, [note('x1', { title: '<script>alert(1)</script> [[x]]' })]) },
      { file: 'domain.copkg', code: 'PKG_CORRUPT', build: (p) => contentPackage(p, [note('d1', { domainId: 'nowhere' })]) },
      { file: 'proto.copkg', code: 'PKG_CORRUPT', build: (p) => contentPackage(p, [JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(note('p1')).slice(1)}`)]) },
      { file: 'huge.copkg', code: 'PKG_CORRUPT', build: (p) => contentPackage(p, [note('b1', { body: 'x'.repeat(5 * 1024 * 1024 + 1) })]) },
    ];
    const before = hashTree(target);
    expect(Object.keys(before)).toContain('workspace.copw.db');
    for (const c of cases) {
      const path = join(root, c.file);
      await c.build(path);
      const r = copw(['import', path, '--workspace', target, '--json']);
      expect(r.code, c.file).not.toBe(0);
      expect(r.stdout, c.file).toBe('');
      expect(r.stderr, c.file).toMatch(new RegExp(`^error ${c.code}: [^\\n]+\\n$`));
      expect(hashTree(target), c.file).toEqual(before);
    }
  });

  it('imports with --json, then reports everything unchanged on the second run; --dry-run writes nothing', async () => {
    const before = hashTree(target);
    const dry = copw(['import', pkg, '--workspace', target, '--dry-run', '--json']);
    expect(dry.code, dry.stderr).toBe(0);
    const dryReport = JSON.parse(dry.stdout);
    expect(dryReport).toMatchObject({ dryRun: true, updated: 0, conflicts: 0, unchanged: 0 });
    expect(dryReport.added).toBeGreaterThan(0);
    expect(hashTree(target)).toEqual(before);

    const first = copw(['import', pkg, '--workspace', target, '--strategy', 'keep-both', '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ added: dryReport.added, dryRun: false });
    const second = copw(['import', pkg, '--workspace', target, '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ added: 0, updated: 0, conflicts: 0, unchanged: dryReport.added });
    const text = copw(['import', pkg, '--workspace', target]);
    expect(text.stdout).toMatch(/^Imported package \S+ v1: 0 added, 0 updated, 0 conflicts, \d+ unchanged\n$/);
  });

  it('refuses an unknown strategy', () => {
    const r = copw(['import', pkg, '--workspace', target, '--strategy', 'merge']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error INVALID_INPUT: --strategy must be one of/);
  });
});
