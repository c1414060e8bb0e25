// The copw command line: init, stats, serve, help, and one-line errors with a non-zero exit.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { copw, startServe } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

describe('copw CLI', () => {
  it('init --demo then stats --json prints the demo counts', () => {
    const dir = join(tempDir(), 'w');
    const init = copw(['init', dir, '--demo']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(dir);
    const stats = copw(['stats', '--workspace', dir, '--json']);
    expect(stats.code).toBe(0);
    const json = JSON.parse(stats.stdout);
    expect(json.notes).toBeGreaterThanOrEqual(40);
    expect(json.domains).toBeGreaterThanOrEqual(4);
    expect(json.members).toBeGreaterThanOrEqual(8);
    expect(json.plans).toBeGreaterThanOrEqual(1);
    expect(json.links).toBeGreaterThan(json.notes);
    for (const k of ['notes', 'links', 'domains', 'members', 'plans']) expect(typeof json[k]).toBe('number');
  });

  it('init without --demo makes an empty workspace', () => {
    const dir = join(tempDir(), 'empty');
    expect(copw(['init', dir, '--name', 'Shelving circle']).code).toBe(0);
    const json = JSON.parse(copw(['stats', '--workspace', dir, '--json']).stdout);
    expect(json).toMatchObject({ notes: 0, domains: 0, members: 0, plans: 0 });
  });

  it('has --help on every command', () => {
    for (const args of [['--help'], ['init', '--help'], ['stats', '--help'], ['serve', '--help']]) {
      const r = copw(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: copw/);
    }
  });

  it('prints one-line errors and exits non-zero', () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['stats'], /required option '--workspace/],
      [['init'], /missing required argument 'dir'/],
      [['stats', '--workspace', join(tempDir(), 'nope'), '--json'], /^error WORKSPACE_NOT_FOUND: /],
      [['serve', '--port', 'abc'], /^error INVALID_INPUT: --port/],
    ];
    for (const [args, pattern] of cases) {
      const r = copw(args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(pattern);
    }
  });

  it('refuses to init into a non-empty folder and leaves it as it was', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.txt'), 'x');
    const r = copw(['init', dir, '--demo']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error WORKSPACE_EXISTS: /);
    expect(readdirSync(dir)).toEqual(['mine.txt']);
  });

  it('serve with no --workspace creates the default workspace from the demo and prints its URL', async () => {
    const home = tempDir();
    const { url, child } = await startServe(['--port', '0'], { COPW_HOME: home });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      expect(existsSync(join(home, 'default-workspace', 'workspace.copw.db'))).toBe(true);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect((await fetch(url.replace(/\?token=.*/, ''))).status).toBe(401);
      // An open event stream must not keep the server alive after SIGTERM.
      const ws = new WebSocket(`${url.replace(/^http/, 'ws').replace(/\/\?token=/, '/api/events?token=')}`, { headers: { origin: new URL(url).origin } });
      await new Promise((resolve) => ws.once('message', resolve));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
