// better-sqlite3 for Electron's ABI, built in a cache folder OUTSIDE node_modules, so the Node build in
// node_modules (used by tests and the CLI) and the Electron build live side by side in one checkout.
//
//   .cache/electron-native/<electron version>-<platform>-<arch>/better-sqlite3/build/Release/better_sqlite3.node
//
// electron/main/native-binding.ts computes the same path (a unit test checks that they agree).
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './process-utils.mjs';

/** The files of the better-sqlite3 package needed to build it (no build/ folder: that is Node's build). */
export const BETTER_SQLITE3_SOURCES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** npm settings that would make node-gyp / prebuild-install target Node instead of Electron. */
const TARGET_OVERRIDES = /^npm_config_(nodedir|target|target_arch|target_platform|runtime|disturl|dist_url|build_from_source|devdir|arch|platform)$/i;

export function nativeCacheDir({ root, electronVersion, platform = process.platform, arch = process.arch }) {
  return join(root, '.cache', 'electron-native', `${electronVersion}-${platform}-${arch}`);
}

export function nativeBindingPath(cacheDir) {
  return join(cacheDir, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

const STAMP_FILE = 'copw-build.json';

/** The installed better-sqlite3 package folder and version. */
export function betterSqlite3Package(root) {
  const require = createRequire(join(root, 'package.json'));
  const pkgJson = require.resolve('better-sqlite3/package.json');
  return { dir: dirname(pkgJson), version: JSON.parse(readFileSync(pkgJson, 'utf8')).version };
}

/** A copy of the environment without npm settings that retarget native builds (e.g. nodedir=/usr). */
export function nativeBuildEnv(env = process.env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !TARGET_OVERRIDES.test(key)) out[key] = value;
  }
  return out;
}

/** Copies the better-sqlite3 sources (not its Node build) into dest, replacing whatever was there. */
export function copyBetterSqlite3Sources(srcDir, destDir) {
  rmSync(destDir, { recursive: true, force: true });
  mkdirSync(destDir, { recursive: true });
  for (const name of BETTER_SQLITE3_SOURCES) {
    const from = join(srcDir, name);
    if (existsSync(from)) cpSync(from, join(destDir, name), { recursive: true });
  }
}

/** The cached build, when it exists and was made from the installed better-sqlite3 version. */
export function readCachedBuild(cacheDir, betterSqlite3Version) {
  const binding = nativeBindingPath(cacheDir);
  if (!existsSync(binding)) return null;
  try {
    const stamp = JSON.parse(readFileSync(join(cacheDir, STAMP_FILE), 'utf8'));
    return stamp.betterSqlite3Version === betterSqlite3Version ? { path: binding, method: stamp.method } : null;
  } catch {
    return null;
  }
}

/** Candidate ways to run node-gyp: npm's own copy first, then a local dependency, then PATH. */
export function nodeGypCommands({ root, env = process.env, execPath = process.execPath }) {
  const scripts = [];
  if (env.npm_config_node_gyp) scripts.push(env.npm_config_node_gyp);
  try {
    scripts.push(createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not a local dependency
  }
  if (env.npm_execpath) scripts.push(join(dirname(dirname(env.npm_execpath)), 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  scripts.push(join(dirname(execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  scripts.push(join(dirname(execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const seen = new Set();
  const commands = [];
  for (const s of scripts) {
    if (seen.has(s) || !existsSync(s)) continue;
    seen.add(s);
    commands.push({ command: execPath, prefix: [s] });
  }
  commands.push({ command: process.platform === 'win32' ? 'node-gyp.cmd' : 'node-gyp', prefix: [] });
  return commands;
}

function envInt(env, name, fallback) {
  const n = Number(env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/**
 * Ensures better-sqlite3 built for Electron's ABI: reuse the cached build, else copy the sources to the
 * cache, try prebuild-install (a prebuilt download), then node-gyp (a local compile against Electron's
 * headers). Returns { ok, path, method, cached, attempts }.
 */
export async function ensureNativeBinding({
  root,
  electronVersion,
  platform = process.platform,
  arch = process.arch,
  env = process.env,
  sourceDir,
  log = (line) => console.log(line),
  runner = run,
}) {
  const pkg = sourceDir ? { dir: sourceDir, version: JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')).version } : betterSqlite3Package(root);
  const cacheDir = nativeCacheDir({ root, electronVersion, platform, arch });
  const cached = readCachedBuild(cacheDir, pkg.version);
  if (cached) {
    log(`[copw] Using cached better-sqlite3 ${pkg.version} for Electron ${electronVersion} (${cached.method}).`);
    return { ok: true, path: cached.path, method: cached.method, cached: true, cacheDir, attempts: [] };
  }

  log(`[copw] Preparing better-sqlite3 ${pkg.version} for Electron ${electronVersion} (${platform}-${arch}) in ${cacheDir} ...`);
  mkdirSync(cacheDir, { recursive: true });
  const workDir = join(cacheDir, `better-sqlite3.tmp-${process.pid}`);
  copyBetterSqlite3Sources(pkg.dir, workDir);
  const builtBinding = join(workDir, 'build', 'Release', 'better_sqlite3.node');
  const buildEnv = nativeBuildEnv(env);
  const attempts = [];

  const steps = [
    () => {
      // prebuild-install is a dependency of better-sqlite3; look for it from there, the project, then here.
      const bases = [join(pkg.dir, 'package.json'), join(root, 'package.json'), fileURLToPath(import.meta.url)];
      let bin = null;
      for (const base of bases) {
        try {
          bin = createRequire(base).resolve('prebuild-install/bin.js');
          break;
        } catch {
          // try the next place
        }
      }
      if (!bin) return null;
      return {
        method: 'prebuild-install',
        what: 'download a prebuilt binary',
        timeoutMs: envInt(env, 'COPW_NATIVE_DOWNLOAD_TIMEOUT_MS', 120_000),
        commands: [{ command: process.execPath, prefix: [bin] }],
        args: ['--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--platform=${platform}`, '--verbose'],
      };
    },
    () => ({
      method: 'node-gyp',
      what: 'compile against Electron headers',
      timeoutMs: envInt(env, 'COPW_NATIVE_BUILD_TIMEOUT_MS', 20 * 60_000),
      commands: nodeGypCommands({ root, env }),
      args: [
        'rebuild',
        '--release',
        '--jobs=max',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        `--dist-url=${ELECTRON_HEADERS_URL}`,
      ],
    }),
  ];

  try {
    for (const makeStep of steps) {
      const step = makeStep();
      if (!step) continue;
      log(`[copw] better-sqlite3: trying ${step.method} (${step.what}) ...`);
      let result = null;
      for (const { command, prefix } of step.commands) {
        rmSync(builtBinding, { force: true });
        result = await runner(command, [...prefix, ...step.args], { cwd: workDir, env: buildEnv, timeoutMs: step.timeoutMs });
        if (!(result.error && result.error.code === 'ENOENT')) break;
      }
      const ok = Boolean(result && result.ok && existsSync(builtBinding));
      attempts.push({ method: step.method, ok, code: result?.code ?? null, timedOut: Boolean(result?.timedOut), error: result?.error?.message });
      if (result?.interrupted) return { ok: false, interrupted: true, path: null, method: null, cached: false, cacheDir, attempts };
      if (!ok) {
        log(`[copw] better-sqlite3: ${step.method} did not produce a binary${result?.timedOut ? ' (timed out)' : ''}.`);
        continue;
      }
      const finalDir = join(cacheDir, 'better-sqlite3');
      rmSync(finalDir, { recursive: true, force: true });
      renameSync(workDir, finalDir);
      writeFileSync(
        join(cacheDir, STAMP_FILE),
        JSON.stringify({ betterSqlite3Version: pkg.version, electronVersion, platform, arch, method: step.method, builtAt: new Date().toISOString() }, null, 2),
      );
      log(`[copw] better-sqlite3 for Electron ready (${step.method}).`);
      return { ok: true, path: nativeBindingPath(cacheDir), method: step.method, cached: false, cacheDir, attempts };
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return { ok: false, path: null, method: null, cached: false, cacheDir, attempts };
}

/** What to tell the user when neither a prebuilt download nor a local compile worked. */
export function nativeBuildFailedMessage({ electronVersion, cacheDir, attempts = [] }) {
  const tried = attempts.length
    ? attempts.map((a) => `      - ${a.method}: ${a.timedOut ? 'timed out' : a.error ? a.error : `exit code ${a.code}`}`).join('\n')
    : '      - (no build tool could be started)';
  return [
    '',
    `[copw] Cannot start CoP Workbench: better-sqlite3 could not be prepared for Electron ${electronVersion}.`,
    '',
    "  What is missing: the SQLite addon compiled for Electron's ABI (the copy in node_modules is built",
    '  for Node and stays untouched for the tests and the `copw` CLI).',
    '  What was tried:',
    tried,
    '  How to fix:',
    '    - with network access, run `npm start` again (a prebuilt binary is downloaded, or Electron headers',
    `      are fetched from ${ELECTRON_HEADERS_URL} to compile one);`,
    '    - for a local compile install Python 3 and a C++ toolchain (Linux: build-essential; macOS: Xcode',
    '      Command Line Tools; Windows: Visual Studio Build Tools);',
    '    - or point COPW_SQLITE_BINDING at a better_sqlite3.node built for this Electron version.',
    `  Build folder: ${cacheDir}`,
    '',
    '  Meanwhile, the same workbench runs in your browser:  npx copw serve',
    '',
  ].join('\n');
}
