// The desktop host's testable parts: the `npm start` launcher (scripts/start.mjs and helpers), the native
// menu template, the trusted-sender check and CSP, and the preload bridge (with a fake 'electron').
import { spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { cachedNativeBindingPath } from '../../electron/main/native-binding';
import { buildMenuTemplate, menuLanguage } from '../../electron/main/menu-template';
import type { MenuItemSpec, TopMenuSpec } from '../../electron/main/menu-template';
import { toElectronTemplate } from '../../electron/main/menu';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, createTrustedSenderCheck, parseUiSettings, rendererUrl } from '../../electron/main/policy';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_MENU_CHANNEL, IPC_PDF_CHANNEL, IPC_SETTINGS_CHANNEL } from '../../src/common/api/bridge';
import type { DesktopBridge } from '../../src/common/api/bridge';
import { COMMANDS, toAccelerator } from '../../src/common/commands';
import { createIpcCallHandler } from '../../src/node/transport/ipc-handler';
import {
  ensureNativeBinding,
  nativeBindingPath,
  nativeBuildEnv,
  nativeBuildFailedMessage,
  nativeCacheDir,
} from '../../scripts/electron-native.mjs';
import type { RunOptions, RunResult } from '../../scripts/process-utils.mjs';
import { run } from '../../scripts/process-utils.mjs';
import {
  PROJECT_ROOT,
  electronEnv,
  electronPackage,
  findElectronBinary,
  missingElectronMessage,
  parseArgs,
} from '../../scripts/start.mjs';

// A fake 'electron' module: enough for the preload script and the menu adapter to run under Node.
const fakeElectron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, result: 'pong' })),
    send: vi.fn(),
  });
  const exposed: Record<string, unknown> = {};
  return {
    ipcRenderer,
    exposed,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) },
  };
});
vi.mock('electron', () => ({
  contextBridge: fakeElectron.contextBridge,
  ipcRenderer: fakeElectron.ipcRenderer,
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
}));

const ELECTRON_VERSION = electronPackage()?.version ?? '39.5.0';
const electronInstalled = findElectronBinary() !== null;
const posix = process.platform !== 'win32';
const tmpDirs: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `copw-${prefix}-`));
  tmpDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

/** Runs a Node child with piped output and a hard deadline, so no test can hang on it. */
function runNode(args: string[], env: NodeJS.ProcessEnv, deadlineMs: number): Promise<{ code: number | null; output: string; ms: number; killed: boolean }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started, killed });
    });
  });
}

/** Environment for a child `npm start` that must never really download Electron. */
function offlineEnv(mirror: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/electron_mirror|electron_custom_dir|electron_skip_binary_download|electron_override_dist_path/i.test(key)) delete env[key];
  }
  return { ...env, ELECTRON_MIRROR: mirror, electron_config_cache: tempDir('electron-cache'), ...extra };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

describe('npm start: missing Electron binary', () => {
  it('explains what is missing, why, how to retry, and names the browser alternative', () => {
    const msg = missingElectronMessage({ version: '39.5.0', exitCode: 1 });
    expect(msg).toContain('Electron 39.5.0 binary is not installed');
    expect(msg).toContain('node_modules/electron/dist');
    expect(msg).toMatch(/offline|cannot reach/);
    expect(msg).toContain('node node_modules/electron/install.js');
    expect(msg).toContain('ELECTRON_MIRROR');
    expect(msg).toContain('npx copw serve');
    expect(msg.split('\n').length).toBeGreaterThan(5);
    expect(missingElectronMessage({ version: '39.5.0', timedOut: true, timeoutMs: 1500 })).toContain('did not finish within 1.5 s');
    expect(missingElectronMessage({ notInstalled: true })).toContain('npm install');
  });

  it('parses --no-build and passes other arguments to Electron', () => {
    expect(parseArgs([])).toEqual({ build: true, electronArgs: [] });
    expect(parseArgs(['--no-build', '--', '--inspect', '--no-build'])).toEqual({ build: false, electronArgs: ['--inspect', '--no-build'] });
  });

  it('never lets Electron run as plain Node and hands it the native binding', () => {
    const env = electronEnv({ ELECTRON_RUN_AS_NODE: '1', PATH: '/bin' }, '/x/better_sqlite3.node');
    expect(env.ELECTRON_RUN_AS_NODE).toBeUndefined();
    expect(env.COPW_SQLITE_BINDING).toBe('/x/better_sqlite3.node');
    expect(env.PATH).toBe('/bin');
  });

  it.skipIf(electronInstalled)('`node scripts/start.mjs` exits 1 with the message when the download fails', async () => {
    // A port nobody listens on: the download is refused at once, with or without real network.
    const probe = createServer();
    const port = await listen(probe);
    await new Promise((r) => probe.close(r));
    const res = await runNode(['scripts/start.mjs'], offlineEnv(`http://127.0.0.1:${port}/`, { COPW_ELECTRON_DOWNLOAD_TIMEOUT_MS: '20000' }), 45_000);
    expect(res.killed).toBe(false);
    expect(res.code).toBe(1);
    expect(res.output).toContain(`Electron ${ELECTRON_VERSION} binary is not installed`);
    expect(res.output).toContain('npx copw serve');
    expect(res.output).toContain('node node_modules/electron/install.js');
    expect(findElectronBinary()).toBeNull();
  });

  it.skipIf(electronInstalled)('a hanging download is cut off by COPW_ELECTRON_DOWNLOAD_TIMEOUT_MS', async () => {
    // A server that accepts connections and never answers: the download would wait forever.
    const sockets = new Set<Socket>();
    const server = createServer((s) => sockets.add(s));
    const port = await listen(server);
    try {
      const res = await runNode(['scripts/start.mjs'], offlineEnv(`http://127.0.0.1:${port}/`, { COPW_ELECTRON_DOWNLOAD_TIMEOUT_MS: '1500' }), 30_000);
      expect(res.killed).toBe(false);
      expect(res.code).toBe(1);
      expect(res.ms).toBeLessThan(20_000);
      expect(res.output).toContain('did not finish within 1.5 s');
      expect(res.output).toContain('npx copw serve');
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('npm start: launching Electron', () => {
  it.skipIf(!posix)('spawns the binary on the project root with COPW_SQLITE_BINDING and forwards its exit code', async () => {
    // A fake project root (its node_modules is the real one) and a fake Electron found through
    // ELECTRON_OVERRIDE_DIST_PATH, which the electron package honours.
    const root = tempDir('root');
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'fake', main: 'out/main/index.js' }));
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    mkdirSync(join(root, 'out', 'main'), { recursive: true });
    writeFileSync(join(root, 'out', 'main', 'index.js'), '');
    const dist = tempDir('dist');
    const report = join(dist, 'report.txt');
    writeFileSync(
      join(dist, 'electron'),
      `#!/bin/sh\nprintf '%s\\n' "$@" > "${report}"\necho "binding=$COPW_SQLITE_BINDING runAsNode=$ELECTRON_RUN_AS_NODE" >> "${report}"\nexit 7\n`,
    );
    chmodSync(join(dist, 'electron'), 0o755);
    const binding = join(dist, 'better_sqlite3.node');
    writeFileSync(binding, 'fake');

    const script = `import { main } from ${JSON.stringify(join(PROJECT_ROOT, 'scripts', 'start.mjs'))};
process.exitCode = await main(['--no-build', '--', '--trace-warnings'], process.env, { root: ${JSON.stringify(root)} });`;
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist, COPW_SQLITE_BINDING: binding, ELECTRON_RUN_AS_NODE: '1' };
    const res = await runNode(['--input-type=module', '-e', script], env, 30_000);
    expect(res.output).toContain('Starting CoP Workbench');
    expect(res.code).toBe(7);
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(root);
    expect(lines[1]).toBe('--trace-warnings');
    expect(lines[2]).toBe(`binding=${binding} runAsNode=`);
  });
});

/** True while a process runs (a killed but unreaped zombie does not count). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
}

describe('process runner', () => {
  it.skipIf(!posix)('kills the whole process tree when the time limit passes', async () => {
    const dir = tempDir('tree');
    const pidFile = join(dir, 'grandchild.pid');
    const parent = `const { spawn } = require('node:child_process');
const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid));
setInterval(() => {}, 1000);`;
    const started = Date.now();
    const res = await run(process.execPath, ['-e', parent], { timeoutMs: 1000, stdio: 'ignore' });
    expect(res.timedOut).toBe(true);
    expect(res.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 200));
    expect(isRunning(pid)).toBe(false);
  });

  it('reports a missing command instead of throwing', async () => {
    const res = await run('copw-no-such-command-xyz', [], { stdio: 'ignore' });
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe('ENOENT');
  });
});

describe('better-sqlite3 for Electron, cached outside node_modules', () => {
  function fakeSource(version: string): string {
    const src = tempDir('bsq-src');
    writeFileSync(join(src, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version }));
    writeFileSync(join(src, 'binding.gyp'), '{}');
    mkdirSync(join(src, 'src'));
    writeFileSync(join(src, 'src', 'better_sqlite3.cpp'), '// source');
    mkdirSync(join(src, 'deps'));
    writeFileSync(join(src, 'deps', 'sqlite3.c'), '// sqlite');
    mkdirSync(join(src, 'lib'));
    writeFileSync(join(src, 'lib', 'index.js'), 'module.exports = {};');
    mkdirSync(join(src, 'build', 'Release'), { recursive: true });
    writeFileSync(join(src, 'build', 'Release', 'better_sqlite3.node'), 'NODE ABI BUILD');
    return src;
  }

  interface Call {
    command: string;
    args: string[];
    cwd: string;
    env: NodeJS.ProcessEnv;
    hadNodeBuild: boolean;
  }

  function fakeRunner(calls: Call[], succeed: (args: string[]) => boolean) {
    return async (command: string, args: string[], opts: RunOptions): Promise<RunResult> => {
      const cwd = opts.cwd!;
      calls.push({ command, args, cwd, env: opts.env ?? {}, hadNodeBuild: existsSync(join(cwd, 'build')) });
      if (!succeed(args)) return { ok: false, code: 1, timedOut: false };
      mkdirSync(join(cwd, 'build', 'Release'), { recursive: true });
      writeFileSync(join(cwd, 'build', 'Release', 'better_sqlite3.node'), 'ELECTRON ABI BUILD');
      return { ok: true, code: 0, timedOut: false };
    };
  }

  const logs: string[] = [];
  beforeEach(() => {
    logs.length = 0;
  });

  it('tries prebuild-install, falls back to node-gyp for Electron, and reuses the cached build', async () => {
    const root = tempDir('native-root');
    const src = fakeSource('12.6.2');
    const calls: Call[] = [];
    const env = { PATH: process.env.PATH, npm_config_nodedir: '/usr', npm_config_runtime: 'node', HOME: '/home/x' };
    const common = { root, electronVersion: '39.5.0', platform: 'linux', arch: 'x64', env, sourceDir: src, log: (l: string) => logs.push(l) };
    const res = await ensureNativeBinding({ ...common, runner: fakeRunner(calls, (args) => args.includes('rebuild')) });

    expect(res.ok).toBe(true);
    expect(res.method).toBe('node-gyp');
    const cacheDir = join(root, '.cache', 'electron-native', '39.5.0-linux-x64');
    expect(res.cacheDir).toBe(cacheDir);
    expect(res.path).toBe(nativeBindingPath(cacheDir));
    expect(res.path).toBe(cachedNativeBindingPath(root, '39.5.0', 'linux', 'x64')); // main process looks there too
    expect(res.path).not.toContain('node_modules');
    expect(readFileSync(res.path!, 'utf8')).toBe('ELECTRON ABI BUILD');

    expect(calls).toHaveLength(2);
    const [prebuild, gyp] = calls;
    expect(prebuild.args[0]).toMatch(/prebuild-install[\\/]bin\.js$/);
    expect(prebuild.args).toEqual(expect.arrayContaining(['--runtime=electron', '--target=39.5.0', '--arch=x64', '--platform=linux']));
    expect(gyp.args).toEqual(
      expect.arrayContaining(['rebuild', '--runtime=electron', '--target=39.5.0', '--arch=x64', '--dist-url=https://electronjs.org/headers']),
    );
    for (const c of calls) {
      expect(c.cwd.startsWith(cacheDir)).toBe(true); // built in the cache, never in node_modules
      expect(c.hadNodeBuild).toBe(false); // Node's build/ folder is not copied over
      expect(c.env.npm_config_nodedir).toBeUndefined(); // would retarget node-gyp at Node's headers
      expect(c.env.npm_config_runtime).toBeUndefined();
      expect(c.env.HOME).toBe('/home/x');
    }
    expect(existsSync(join(cacheDir, 'better-sqlite3', 'deps', 'sqlite3.c'))).toBe(true);
    // The source package (the Node build) is untouched.
    expect(readFileSync(join(src, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('NODE ABI BUILD');
    expect(logs.join('\n')).toContain('node-gyp');

    // Second run: cached, nothing is run.
    const again: Call[] = [];
    const second = await ensureNativeBinding({ ...common, runner: fakeRunner(again, () => true) });
    expect(second).toMatchObject({ ok: true, cached: true, path: res.path, method: 'node-gyp' });
    expect(again).toHaveLength(0);

    // A new better-sqlite3 version invalidates the cache; prebuild-install succeeding stops there.
    writeFileSync(join(src, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.7.0' }));
    const third: Call[] = [];
    const rebuilt = await ensureNativeBinding({ ...common, runner: fakeRunner(third, () => true) });
    expect(rebuilt).toMatchObject({ ok: true, cached: false, method: 'prebuild-install' });
    expect(third).toHaveLength(1);
  });

  it('reports failure with a message naming the fixes and the browser alternative', async () => {
    const root = tempDir('native-fail');
    const src = fakeSource('12.6.2');
    const calls: Call[] = [];
    const res = await ensureNativeBinding({
      root,
      electronVersion: '39.5.0',
      platform: 'linux',
      arch: 'x64',
      env: { PATH: process.env.PATH },
      sourceDir: src,
      log: () => {},
      runner: fakeRunner(calls, () => false),
    });
    expect(res.ok).toBe(false);
    expect(res.attempts.map((a) => a.method)).toEqual(['prebuild-install', 'node-gyp']);
    expect(existsSync(nativeBindingPath(res.cacheDir))).toBe(false);
    // No half-built work folder is left behind.
    expect(statSync(res.cacheDir).isDirectory()).toBe(true);
    expect(existsSync(join(res.cacheDir, 'better-sqlite3'))).toBe(false);
    const msg = nativeBuildFailedMessage({ electronVersion: '39.5.0', cacheDir: res.cacheDir, attempts: res.attempts });
    expect(msg).toContain('COPW_SQLITE_BINDING');
    expect(msg).toContain('npx copw serve');
    expect(msg).toContain('prebuild-install: exit code 1');
  });

  it('keys the cache by Electron version, platform and arch', () => {
    expect(nativeCacheDir({ root: '/p', electronVersion: '39.5.0', platform: 'darwin', arch: 'arm64' })).toBe(
      join('/p', '.cache', 'electron-native', '39.5.0-darwin-arm64'),
    );
    expect(nativeBuildEnv({ npm_config_nodedir: '/usr', npm_config_target: '20', npm_config_cache: '/c', X: '1' })).toEqual({
      npm_config_cache: '/c',
      X: '1',
    });
  });
});

describe('native menu template', () => {
  const locales = {
    en: JSON.parse(readFileSync(join(PROJECT_ROOT, 'resources', 'locales', 'en.json'), 'utf8')),
    id: JSON.parse(readFileSync(join(PROJECT_ROOT, 'resources', 'locales', 'id.json'), 'utf8')),
  };
  const msg = (lang: 'en' | 'id', key: string): string => key.split('.').reduce((o, k) => o[k], locales[lang]) as unknown as string;

  function commandItems(menus: TopMenuSpec[]) {
    return menus.flatMap((m) => m.items.filter((i) => i.type === 'command').map((i) => ({ menu: m.id, item: i as Extract<MenuItemSpec, { type: 'command' }> })));
  }

  for (const lang of ['en', 'id'] as const) {
    for (const isMac of [false, true]) {
      it(`lists every menu command once, localized (${lang}, ${isMac ? 'macOS' : 'Windows/Linux'}), with its accelerator`, () => {
        const menus = buildMenuTemplate({ language: lang, isMac });
        const items = commandItems(menus);
        const menuCommands = COMMANDS.filter((c) => c.menu);
        expect(items.map((i) => i.item.commandId).sort()).toEqual(menuCommands.map((c) => c.id).sort());
        for (const c of menuCommands) {
          const found = items.find((i) => i.item.commandId === c.id)!;
          expect(found.menu).toBe(c.menu!.id);
          const title = msg(lang, c.titleKey);
          expect(typeof title).toBe('string');
          expect(found.item.label).toBe(isMac ? title : title.replace(/&/g, '&&'));
          expect(found.item.accelerator).toBe(c.keybinding ? toAccelerator(c.keybinding) : undefined);
          expect(found.item.registerAccelerator).toBe(false); // the renderer handles the keys itself
        }
        // Commands without a menu place stay out of the menu.
        expect(items.some((i) => i.item.commandId === 'theme.toggle')).toBe(false);
        // Top-level labels come from menu.* (mnemonics kept on Windows/Linux, stripped on macOS).
        const file = menus.find((m) => m.id === 'file')!;
        expect(file.label).toBe(isMac ? msg(lang, 'menu.file').replace('&', '') : msg(lang, 'menu.file'));
        expect(menus[0].id).toBe(isMac ? 'app' : 'file');
        expect(menus.map((m) => m.id).filter((id) => id !== 'app')).toEqual(['file', 'edit', 'view', 'go', 'help']);
      });
    }
  }

  it('uses real accelerators (Mod becomes CmdOrCtrl)', () => {
    const items = commandItems(buildMenuTemplate({ language: 'en', isMac: false }));
    const acc = (id: string) => items.find((i) => i.item.commandId === id)?.item.accelerator;
    expect(acc('workbench.commandPalette')).toBe('CmdOrCtrl+Shift+P');
    expect(acc('editor.save')).toBe('CmdOrCtrl+S');
    expect(acc('notes.create')).toBe('Alt+N');
    expect(acc('editor.closeAll')).toBeUndefined();
  });

  it('puts separators between groups, never at the edges or doubled', () => {
    const menus = buildMenuTemplate({ language: 'en', isMac: false });
    for (const m of menus) {
      expect(m.items[0].type).not.toBe('separator');
      expect(m.items[m.items.length - 1].type).not.toBe('separator');
      m.items.forEach((item, i) => {
        if (item.type === 'separator') expect(m.items[i + 1].type).not.toBe('separator');
      });
    }
    const file = menus.find((m) => m.id === 'file')!;
    const shape = file.items.map((i) => (i.type === 'command' ? i.commandId : i.type === 'role' ? `role:${i.role}` : '---'));
    // The File menu is the catalogue's file commands in group order, a separator between groups, then Quit.
    const fileCommands = COMMANDS.filter((c) => c.menu?.id === 'file');
    const groupIds = [...new Set(fileCommands.map((c) => c.menu!.group))].sort((a, b) => a - b);
    const expected = groupIds.flatMap((g, i) => [...(i > 0 ? ['---'] : []), ...fileCommands.filter((c) => c.menu!.group === g).map((c) => c.id)]);
    expect(shape).toEqual([...expected, '---', 'role:quit']);
    expect(shape.slice(0, 1)).toEqual(['notes.create']);
    const view = menus.find((m) => m.id === 'view')!;
    const groups = view.items.reduce((n, i) => n + (i.type === 'separator' ? 1 : 0), 1);
    expect(groups).toBe(new Set(COMMANDS.filter((c) => c.menu?.id === 'view').map((c) => c.menu!.group)).size + 1); // + reload/devtools
  });

  it('has the standard Edit roles, localized, and a macOS app menu', () => {
    for (const lang of ['en', 'id'] as const) {
      const edit = buildMenuTemplate({ language: lang, isMac: false }).find((m) => m.id === 'edit')!;
      const roles = edit.items.filter((i) => i.type === 'role') as Extract<MenuItemSpec, { type: 'role' }>[];
      expect(roles.map((r) => r.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
      for (const r of roles) expect(r.label).toBe(msg(lang, `menu.${r.role}`));
      expect(edit.label).toBe(msg(lang, 'menu.edit'));
    }
    const mac = buildMenuTemplate({ language: 'id', isMac: true });
    expect(mac[0]).toMatchObject({ id: 'app', role: 'appMenu', label: 'CoP Workbench' });
    expect(mac[0].items).toContainEqual({ type: 'role', role: 'quit', label: 'Keluar' });
    // On macOS Quit lives in the app menu, not in File.
    expect(mac.find((m) => m.id === 'file')!.items.some((i) => i.type === 'role' && i.role === 'quit')).toBe(false);
    expect(mac.find((m) => m.id === 'help')!.role).toBe('help');
  });

  it('maps UI language tags to a menu locale', () => {
    expect(menuLanguage('id')).toBe('id');
    expect(menuLanguage('id-ID')).toBe('id');
    expect(menuLanguage('en-GB')).toBe('en');
    expect(menuLanguage('fr')).toBe('en');
    const en = commandItems(buildMenuTemplate({ language: 'en', isMac: false })).find((i) => i.item.commandId === 'editor.save');
    const id = commandItems(buildMenuTemplate({ language: 'id', isMac: false })).find((i) => i.item.commandId === 'editor.save');
    expect(en?.item.label).toBe('Save');
    expect(id?.item.label).toBe('Simpan');
  });

  it('menu clicks send the command id', () => {
    const sent: string[] = [];
    const template = toElectronTemplate(buildMenuTemplate({ language: 'en', isMac: false }), (cmd) => sent.push(cmd));
    const view = template.find((m) => m.id === 'view')!;
    const submenu = view.submenu as MenuItemConstructorOptions[];
    const palette = submenu.find((i) => i.id === 'workbench.commandPalette')!;
    expect(palette).toMatchObject({ label: 'Show All Commands', accelerator: 'CmdOrCtrl+Shift+P', registerAccelerator: false });
    (palette.click as () => void)();
    expect(sent).toEqual(['workbench.commandPalette']);
    expect(submenu.find((i) => i.role === 'toggleDevTools')).toBeDefined();
  });
});

describe('trusted sender, CSP and settings', () => {
  const outDir = join(tempDir('app'), 'out');
  const appUrl = rendererUrl(outDir);

  it('accepts only the app renderer file (with any hash or query)', () => {
    const trusted = createTrustedSenderCheck(appUrl);
    expect(appUrl.startsWith('file://')).toBe(true);
    expect(appUrl.endsWith('/out/renderer/index.html')).toBe(true);
    expect(trusted(appUrl)).toBe(true);
    expect(trusted(`${appUrl}#/notes/n1`)).toBe(true);
    expect(trusted(`${appUrl}?x=1`)).toBe(true);
    for (const bad of [
      '',
      'about:blank',
      'data:text/html,<script>1</script>',
      appUrl.replace('index.html', 'other.html'),
      appUrl.replace('/out/', '/evil/'),
      appUrl.replace('file://', 'file://remote-host'),
      'https://example.com/out/renderer/index.html',
      'http://localhost:5173/',
      'not a url',
    ]) {
      expect(trusted(bad), bad).toBe(false);
    }
  });

  it('accepts only the dev server origin in development', () => {
    const dev = rendererUrl(outDir, 'http://localhost:5173/');
    const trusted = createTrustedSenderCheck(dev);
    expect(trusted('http://localhost:5173/')).toBe(true);
    expect(trusted('http://localhost:5173/index.html#x')).toBe(true);
    expect(trusted('http://localhost:5174/')).toBe(false);
    expect(trusted('http://evil.example/')).toBe(false);
    expect(trusted(appUrl)).toBe(false);
  });

  it('the IPC call handler refuses untrusted frames and dispatches trusted ones', async () => {
    const dispatched: unknown[] = [];
    const handler = createIpcCallHandler(async (method, input) => {
      dispatched.push([method, input]);
      return { ok: true, result: 'done' };
    }, createTrustedSenderCheck(appUrl));
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, 'workspace.info', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await handler({ senderFrame: null }, 'workspace.info', {})).toMatchObject({ ok: false });
    expect(dispatched).toHaveLength(0);
    expect(await handler({ senderFrame: { url: appUrl } }, 'workspace.info', {})).toEqual({ ok: true, result: 'done' });
    expect(dispatched).toEqual([['workspace.info', {}]]);
  });

  it('uses the strict CSP (widened only for a dev server)', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'",
    );
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    const dev = contentSecurityPolicy('http://localhost:5173/');
    expect(dev).toContain('ws://localhost:5173');
    expect(dev).toContain("object-src 'none'");
  });

  it('validates UI settings from the renderer', () => {
    expect(parseUiSettings({ language: 'id', theme: 'dark' })).toEqual({ language: 'id', theme: 'dark' });
    expect(parseUiSettings({ language: 'en', theme: 'neon' })).toEqual({ language: 'en', theme: 'system' });
    expect(parseUiSettings({ language: '../../etc', theme: 'dark' })).toBeNull();
    expect(parseUiSettings(null)).toBeNull();
    expect(parseUiSettings('en')).toBeNull();
  });
});

// A stand-in for the 'electron' module, loaded by a resolve hook, that drives the real main process
// (electron/main/index.ts run from source with tsx) and writes what happened to FAKE_REPORT as JSON.
const FAKE_ELECTRON = String.raw`
import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
const report = { windows: [], loads: [], sends: [], external: [], menus: [], errorBoxes: [], navPrevented: {}, handled: [] };
const finish = (code) => { writeFileSync(process.env.FAKE_REPORT, JSON.stringify(report)); process.exit(code); };
class App extends EventEmitter {
  isPackaged = false; ready = false;
  setName(n) { report.name = n; }
  requestSingleInstanceLock() { return true; }
  whenReady() { return new Promise((r) => setTimeout(() => { this.ready = true; r(); }, 5)); }
  isReady() { return this.ready; }
  getLocale() { return 'id-ID'; }
  getVersion() { return '0.1.0'; }
  quit() { report.quit = true; }
  exit(c) { report.exitCode = c; finish(c); }
}
export const app = new App();
const handlers = new Map();
export const ipcMain = Object.assign(new EventEmitter(), {
  handle(ch, fn) { handlers.set(ch, fn); report.handled.push(ch); },
  removeHandler(ch) { handlers.delete(ch); },
});
let lastMenu = null;
export const Menu = {
  buildFromTemplate(t) { lastMenu = t; report.menus.push(t.map((m) => m.label)); return t; },
  setApplicationMenu() {},
};
export const nativeTheme = { shouldUseDarkColors: false, themeSource: 'system' };
export const dialog = { showErrorBox(title, message) { report.errorBoxes.push(message); } };
export const shell = { openExternal: async (u) => { report.external.push(u); } };
export const session = { defaultSession: {
  webRequest: { onHeadersReceived(fn) { fn({ responseHeaders: { 'content-security-policy': ['old'], 'x-a': ['b'] } }, (r) => { report.headers = r.responseHeaders; }); } },
  setPermissionRequestHandler(fn) { fn(null, 'media', (ok) => { report.mediaPermission = ok; }, { requestingUrl: 'file:///x' }); },
  setPermissionCheckHandler() {},
} };
export class BrowserWindow extends EventEmitter {
  static all = [];
  static getAllWindows() { return BrowserWindow.all; }
  constructor(opts) {
    super();
    report.windows.push(opts.webPreferences);
    this.webContents = Object.assign(new EventEmitter(), {
      send: (...a) => report.sends.push(a),
      isDestroyed: () => false,
      setWindowOpenHandler: (fn) => { report.openHandler = fn({ url: 'https://example.com/page' }); report.openHandlerBad = fn({ url: 'javascript:alert(1)' }); },
    });
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
    setTimeout(() => this.drive().catch((e) => { report.failure = String(e && e.stack || e); finish(2); }), 20);
  }
  isDestroyed() { return false; } isVisible() { return true; } isMinimized() { return false; } show() {} focus() {}
  loadURL(u) { report.loads.push(u); this.url = u; return Promise.resolve(); }
  async drive() {
    for (const [name, url] of [['external', 'https://evil.example/'], ['app', this.url + '#/x']]) {
      let prevented = false;
      this.webContents.emit('will-navigate', { preventDefault: () => { prevented = true; } }, url);
      report.navPrevented[name] = prevented;
    }
    const call = handlers.get('copw:call');
    report.info = await call({ senderFrame: { url: this.url } }, 'workspace.info', {});
    report.untrusted = await call({ senderFrame: { url: 'https://evil.example/' } }, 'workspace.info', {});
    const notes = await call({ senderFrame: { url: this.url } }, 'notes.list', {});
    await call({ senderFrame: { url: this.url } }, 'notes.update', { id: notes.result[0].id, body: 'changed from the smoke test' });
    ipcMain.emit('copw:settings', { senderFrame: { url: 'https://evil.example/' } }, { language: 'en', theme: 'light' });
    report.themeAfterUntrusted = nativeTheme.themeSource;
    ipcMain.emit('copw:settings', { senderFrame: { url: this.url } }, { language: 'en', theme: 'dark' });
    report.theme = nativeTheme.themeSource;
    const view = lastMenu.find((m) => m.id === 'view');
    view.submenu.find((i) => i.id === 'workbench.commandPalette').click();
    app.emit('second-instance');
    app.emit('will-quit');
    finish(0);
  }
}
`;

describe('main process wiring (real electron/main from source, fake electron module)', () => {
  function runMain(workspace: string) {
    const dir = tempDir('fake-electron');
    writeFileSync(join(dir, 'fake-electron.mjs'), FAKE_ELECTRON);
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `export async function resolve(s, c, next) { return s === 'electron' ? { url: new URL('./fake-electron.mjs', import.meta.url).href, shortCircuit: true } : next(s, c); }`,
    );
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'; register('./hooks.mjs', import.meta.url);`);
    const reportFile = join(dir, 'report.json');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      FAKE_REPORT: reportFile,
      COPW_WORKSPACE: workspace,
      // Under plain Node the Node build of better-sqlite3 is the right one.
      COPW_SQLITE_BINDING: join(PROJECT_ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    };
    delete env.ELECTRON_RENDERER_URL;
    return runNode(['--import', join(dir, 'register.mjs'), '--import', 'tsx', join(PROJECT_ROOT, 'electron', 'main', 'index.ts')], env, 60_000).then(
      (res) => ({ ...res, report: existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null }),
    );
  }

  it('opens the services, hardens the window and session, and wires IPC, events, menus and settings', async () => {
    const res = await runMain(join(tempDir('ws'), 'workspace'));
    expect(res.report?.failure).toBeUndefined();
    expect(res.code, res.output).toBe(0);
    const r = res.report;
    expect(r.name).toBe('CoP Workbench');
    expect(r.windows[0]).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(r.windows[0].preload.endsWith(join('preload', 'index.cjs'))).toBe(true);
    expect(r.windows).toHaveLength(1); // second-instance focused the window instead of opening another
    expect(r.loads[0]).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(r.headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(r.headers['content-security-policy']).toBeUndefined();
    expect(r.headers['x-a']).toEqual(['b']);
    expect(r.mediaPermission).toBe(false);
    expect(r.openHandler).toEqual({ action: 'deny' });
    expect(r.openHandlerBad).toEqual({ action: 'deny' });
    expect(r.external).toEqual(['https://example.com/page', 'https://evil.example/']);
    expect(r.navPrevented).toEqual({ external: true, app: false });
    expect(r.handled).toEqual([IPC_CALL_CHANNEL, IPC_PDF_CHANNEL]);
    expect(r.info.ok).toBe(true);
    expect(r.untrusted).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Service events reach the window on the event channel.
    expect(r.sends).toContainEqual([IPC_EVENT_CHANNEL, 'notes.changed', expect.objectContaining({ change: 'updated' })]);
    // The menu starts in the system language (id-ID), follows the renderer's settings, and clicks reach the renderer.
    expect(r.menus[0][0]).toBe('&Berkas');
    expect(r.menus[r.menus.length - 1][0]).toBe('&File');
    expect(r.themeAfterUntrusted).toBe('system');
    expect(r.theme).toBe('dark');
    expect(r.sends).toContainEqual([IPC_MENU_CHANNEL, 'workbench.commandPalette']);
    expect(r.errorBoxes).toEqual([]);
  });

  it('shows an error box and exits 1 when the workspace cannot be opened', async () => {
    const bad = tempDir('bad-ws');
    writeFileSync(join(bad, 'not-a-workspace.txt'), 'hello');
    const res = await runMain(bad);
    expect(res.code).toBe(1);
    expect(res.report.exitCode).toBe(1);
    expect(res.report.errorBoxes).toHaveLength(1);
    expect(res.report.errorBoxes[0]).toContain(bad);
    expect(res.report.windows).toHaveLength(0);
  });
});

describe('preload bridge', () => {
  it('exposes exactly the DesktopBridge shape as window.copw, over fixed channels', async () => {
    await import('../../electron/preload/index');
    expect(fakeElectron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(fakeElectron.contextBridge.exposeInMainWorld.mock.calls[0][0]).toBe('copw');
    const bridge = fakeElectron.exposed.copw as DesktopBridge;
    expect(Object.keys(bridge).sort()).toEqual(['call', 'exportPlanPdf', 'onEvent', 'onMenuCommand', 'onOpenPackage', 'platform', 'setUiSettings']);
    expect(bridge.platform).toBe(process.platform);
    expect(Object.values(bridge)).not.toContain(fakeElectron.ipcRenderer);

    expect(await bridge.call('workspace.info', {})).toEqual({ ok: true, result: 'pong' });
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CALL_CHANNEL, 'workspace.info', {});
    fakeElectron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('channel closed'));
    expect(await bridge.call('workspace.info', {})).toEqual({ ok: false, error: { code: 'TRANSPORT', message: 'channel closed' } });

    bridge.setUiSettings({ language: 'id', theme: 'dark' });
    expect(fakeElectron.ipcRenderer.send).toHaveBeenCalledWith(IPC_SETTINGS_CHANNEL, { language: 'id', theme: 'dark' });
  });

  it('event and menu subscriptions unsubscribe only their own listener', async () => {
    await import('../../electron/preload/index');
    const bridge = fakeElectron.exposed.copw as DesktopBridge;
    const ipc = fakeElectron.ipcRenderer as unknown as EventEmitter;
    const a: unknown[] = [];
    const b: unknown[] = [];
    const offA = bridge.onEvent((e, p) => a.push([e, p]));
    bridge.onEvent((e, p) => b.push([e, p]));
    ipc.emit(IPC_EVENT_CHANNEL, {}, 'notes.changed', { id: 'n1' });
    offA();
    ipc.emit(IPC_EVENT_CHANNEL, {}, 'notes.changed', { id: 'n2' });
    expect(a).toEqual([['notes.changed', { id: 'n1' }]]);
    expect(b).toEqual([
      ['notes.changed', { id: 'n1' }],
      ['notes.changed', { id: 'n2' }],
    ]);

    const cmds: string[] = [];
    const offMenu = bridge.onMenuCommand((id) => cmds.push(id));
    ipc.emit(IPC_MENU_CHANNEL, {}, 'editor.save');
    ipc.emit(IPC_MENU_CHANNEL, {}, 42); // not a string: ignored
    offMenu();
    ipc.emit(IPC_MENU_CHANNEL, {}, 'editor.saveAll');
    expect(cmds).toEqual(['editor.save']);
    expect(ipc.listenerCount(IPC_MENU_CHANNEL)).toBe(0);
    expect(ipc.listenerCount(IPC_EVENT_CHANNEL)).toBe(1);
  });
});
