// copw inspect / keys: every hostile case exits non-zero with one line "error CODE: …"; import of one leaves everything unchanged.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePackage } from '../../../src/node/packages/archive-writer';
import { copw, COPW } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { demoWorkspace } from '../../helpers/workspace';
import { baseManifest, DOMAINS, HOSTILE_CASES, NOTE, writeCase } from './package-fixtures';

const tempDir = useTempDirs();

function copwAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [COPW, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every file under dir (relative path → sha256 and size), so any write, create or delete shows. */
function snapshot(dir: string, ignore: RegExp | null = null): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (ignore && d === dir && ignore.test(name)) continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        out[`${relative(dir, p)}/`] = 'dir';
        walk(p);
      } else out[relative(dir, p)] = `${st.size}:${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
    }
  };
  walk(dir);
  return out;
}

describe('copw inspect', () => {
  it('refuses every hostile case: exit 1 and exactly one stderr line "error <CODE>: …", nothing on stdout', async () => {
    const dir = tempDir('cli-hostile');
    const paths = HOSTILE_CASES.map((c, i) => writeCase(dir, i, c));
    const results = await Promise.all(paths.map((p) => copwAsync(['inspect', p, '--json'])));
    results.forEach((r, i) => {
      const c = HOSTILE_CASES[i];
      expect({ name: c.name, code: r.code, stdout: r.stdout }).toEqual({ name: c.name, code: 1, stdout: '' });
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^error ${c.code}: \\S`));
    });
  }, 300_000);

  it('prints manifest, signature status and counts as JSON; --workspace labels a trusted key; keys show/trust/list round-trip', () => {
    const dir = tempDir('cli-keys');
    const a = demoWorkspace(dir, 'a');
    const b = demoWorkspace(dir, 'b');
    const shown = copw(['keys', 'show', '--workspace', a, '--json']);
    expect(shown.code, shown.stderr).toBe(0);
    const idA = JSON.parse(shown.stdout) as { keyId: string; publicKey: string; name: string };
    expect(idA.keyId).toMatch(/^[0-9a-f]{16}$/);
    // Stable: created once, shown the same afterwards.
    expect(JSON.parse(copw(['keys', 'show', '--workspace', a, '--json']).stdout)).toEqual(idA);
    const plain = copw(['keys', 'show', '--workspace', a]);
    expect(plain.stdout).toContain(`Public key: ${idA.publicKey}`);
    writeFileSync(join(dir, 'alice.key'), plain.stdout);
    return (async () => {
      // A package signed by A's key (via the format API; the export command belongs to the export engineer).
      const db = (await import('better-sqlite3')).default(join(a, 'workspace.copw.db'), { readonly: true });
      const pem = db.prepare('SELECT private_key FROM identity').pluck().get() as string;
      db.close();
      const pkg = join(dir, 'signed.copkg');
      await writePackage(pkg, [NOTE, DOMAINS], { manifest: baseManifest(idA.publicKey), sign: { privateKeyPem: pem } });

      const bBefore = snapshot(b);
      const unknown = copw(['inspect', pkg, '--workspace', b, '--json']);
      expect(unknown.code, unknown.stderr).toBe(0);
      const u = JSON.parse(unknown.stdout);
      expect(u.signature).toEqual({ state: 'unknown-key', keyId: idA.keyId, name: 'Alice' });
      expect(u.counts).toEqual(baseManifest().counts);
      expect(u.entries).toBe(2);
      expect(u.manifest.packageId).toBe('pkg-1');
      expect(snapshot(b)).toEqual(bBefore);

      const trust = copw(['keys', 'trust', join(dir, 'alice.key'), '--workspace', b, '--json']);
      expect(trust.code, trust.stderr).toBe(0);
      expect(JSON.parse(trust.stdout)).toMatchObject({ keyId: idA.keyId, publicKey: idA.publicKey, name: idA.name });
      const list = JSON.parse(copw(['keys', 'list', '--workspace', b, '--json']).stdout);
      expect(list.map((k: { keyId: string }) => k.keyId)).toEqual([idA.keyId]);

      const trusted = JSON.parse(copw(['inspect', pkg, '--workspace', b, '--json']).stdout);
      expect(trusted.signature).toEqual({ state: 'trusted', keyId: idA.keyId, name: idA.name });
      expect(copw(['inspect', pkg, '--workspace', b]).stdout).toContain(`signed by ${idA.name} (trusted`);

      const bad = join(dir, 'bad.key');
      writeFileSync(bad, 'Public key: AAAA\n');
      const refused = copw(['keys', 'trust', bad, '--workspace', b]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^error INVALID_INPUT: /);

      expect(copw(['keys', 'untrust', idA.keyId, '--workspace', b]).code).toBe(0);
      expect(JSON.parse(copw(['inspect', pkg, '--workspace', b, '--json']).stdout).signature.state).toBe('unknown-key');
    })();
  }, 300_000);
});

describe('copw import with a hostile package', () => {
  it('leaves the workspace byte-for-byte unchanged and writes nothing in the package folder, TMPDIR or HOME', async () => {
    const dir = tempDir('cli-import');
    const ws = demoWorkspace(dir, 'ws');
    const pkgDir = join(dir, 'pkgs');
    const tmp = join(dir, 'tmp');
    const home = join(dir, 'home');
    for (const d of [pkgDir, tmp, home]) mkdirSync(d);
    const picked = ['PKG_PATH_TRAVERSAL', 'PKG_SYMLINK', 'PKG_OVERLAPPING_ENTRIES', 'PKG_UNLISTED_ENTRY', 'PKG_CHECKSUM', 'PKG_SIGNATURE', 'PKG_MANIFEST_PROTO'];
    const cases = HOSTILE_CASES.map((c, i) => ({ c, i })).filter(({ c }) => picked.includes(c.code));
    const paths = cases.map(({ c, i }) => writeCase(pkgDir, i, c));
    // tsx-*: the launcher's own transpile cache (bin/copw.mjs runs TypeScript through tsx), not written by the app.
    const snap = () => ({ ws: snapshot(ws), pkgs: snapshot(pkgDir), tmp: snapshot(tmp, /^tsx-/), home: snapshot(home) });
    const before = snap();
    for (const [k, { c }] of cases.entries()) {
      const r = copw(['import', paths[k], '--workspace', ws, '--strategy', 'take-theirs', '--json'], { TMPDIR: tmp, TMP: tmp, TEMP: tmp, HOME: home });
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
      expect(r.stderr).toMatch(new RegExp(`^error ${c.code}: [^\\n]+\\n$`));
    }
    expect(snap()).toEqual(before);
    expect(Object.keys(before.ws).length).toBeGreaterThan(0);
  }, 300_000);
});
