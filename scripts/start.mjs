#!/usr/bin/env node
// `npm start`: make sure the Electron binary and an Electron build of better-sqlite3 exist, build the app
// with electron-vite (unless --no-build), then launch Electron on the project and pass on its exit code.
//
//   node scripts/start.mjs [--no-build] [-- extra Electron arguments]
//
// Environment:
//   COPW_ELECTRON_DOWNLOAD_TIMEOUT_MS  limit for downloading the Electron binary (default 5 minutes)
//   COPW_NATIVE_DOWNLOAD_TIMEOUT_MS    limit for downloading a prebuilt better-sqlite3 (default 2 minutes)
//   COPW_NATIVE_BUILD_TIMEOUT_MS       limit for compiling better-sqlite3 (default 20 minutes)
//   COPW_SQLITE_BINDING                use this better_sqlite3.node instead of building one
//   ELECTRON_MIRROR                    download Electron from a mirror (read by electron's install.js)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNativeBinding, nativeBuildFailedMessage } from './electron-native.mjs';
import { run } from './process-utils.mjs';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

/** The installed electron npm package: folder and version, or null when `npm install` has not run. */
export function electronPackage(root = PROJECT_ROOT) {
  try {
    const pkgJson = createRequire(join(root, 'package.json')).resolve('electron/package.json');
    return { dir: dirname(pkgJson), version: JSON.parse(readFileSync(pkgJson, 'utf8')).version };
  } catch {
    return null;
  }
}

/**
 * The Electron executable, or null when it is not downloaded. The electron package exports the binary's
 * path (and throws when its download never happened); the file must also exist.
 */
export function findElectronBinary(root = PROJECT_ROOT) {
  const pkg = electronPackage(root);
  if (!pkg) return null;
  const require = createRequire(join(root, 'package.json'));
  try {
    const entry = require.resolve('electron');
    delete require.cache[entry]; // re-read after a download in this same process
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export function downloadTimeoutMs(env = process.env) {
  const n = Number(env.COPW_ELECTRON_DOWNLOAD_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_DOWNLOAD_TIMEOUT_MS;
}

/** Runs electron's own installer (node node_modules/electron/install.js) with its output shown. */
export async function installElectron({ root = PROJECT_ROOT, env = process.env, timeoutMs = downloadTimeoutMs(env), runner = run } = {}) {
  const pkg = electronPackage(root);
  if (!pkg) return { ok: false, code: null, timedOut: false, error: new Error('electron is not installed in node_modules') };
  const childEnv = { ...env };
  delete childEnv.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete childEnv.npm_config_electron_skip_binary_download;
  return runner(process.execPath, [join(pkg.dir, 'install.js')], { cwd: root, env: childEnv, timeoutMs });
}

function seconds(ms) {
  return `${Math.round(ms / 100) / 10} s`;
}

/** The message shown when the Electron binary is missing and could not be downloaded. */
export function missingElectronMessage({ version = 'unknown', notInstalled = false, timedOut = false, timeoutMs, exitCode } = {}) {
  const why = notInstalled
    ? '  Why: the electron package itself is missing from node_modules (run `npm install` first).'
    : [
        "  Why: npm does not run Electron's download script here (package.json \"allowScripts\" denies it), and",
        timedOut
          ? `       the download attempted just now did not finish within ${seconds(timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS)} (slow or no network).`
          : `       the download attempted just now failed${exitCode != null ? ` (exit code ${exitCode})` : ''}: this machine`,
        timedOut ? '' : '       looks offline, or cannot reach github.com (see the error above).',
      ]
        .filter(Boolean)
        .join('\n');
  return [
    '',
    `[copw] Cannot start the CoP Workbench desktop app: the Electron ${version} binary is not installed.`,
    '',
    '  What is missing: the Electron executable under node_modules/electron/dist/',
    '       (the electron npm package is only a launcher; the ~100 MB binary is downloaded separately).',
    why,
    '  How to fix (needs network access):',
    '       node node_modules/electron/install.js',
    '     behind a firewall or proxy, download through a mirror by setting ELECTRON_MIRROR, e.g.',
    '       ELECTRON_MIRROR="https://npmmirror.com/mirrors/electron/" node node_modules/electron/install.js',
    '     then run `npm start` again. (COPW_ELECTRON_DOWNLOAD_TIMEOUT_MS sets the download time limit.)',
    '',
    '  Meanwhile, the same workbench runs in your browser, no Electron needed:',
    '       npx copw serve',
    '',
  ].join('\n');
}

/** `--no-build` skips electron-vite; anything after `--` (or unknown) is passed to Electron. */
export function parseArgs(argv) {
  let build = true;
  const electronArgs = [];
  let passThrough = false;
  for (const arg of argv) {
    if (passThrough) electronArgs.push(arg);
    else if (arg === '--') passThrough = true;
    else if (arg === '--no-build') build = false;
    else electronArgs.push(arg);
  }
  return { build, electronArgs };
}

function electronViteBin(root) {
  const pkgJson = createRequire(join(root, 'package.json')).resolve('electron-vite/package.json');
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['electron-vite'];
  return join(dirname(pkgJson), bin);
}

/** Environment for the Electron process: the native binding, and never "run as plain Node". */
export function electronEnv(env, bindingPath) {
  const out = { ...env, COPW_SQLITE_BINDING: bindingPath };
  delete out.ELECTRON_RUN_AS_NODE;
  return out;
}

/** Spawns Electron on the project root (package.json "main" is out/main/index.js); resolves its exit code. */
export function launchElectron(binary, { root = PROJECT_ROOT, args = [], env = process.env } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(binary, [root, ...args], { cwd: root, env, stdio: 'inherit', windowsHide: false });
    // Electron shares the terminal's process group and gets Ctrl+C itself; wait for it to exit.
    const ignore = () => {};
    process.on('SIGINT', ignore);
    process.on('SIGTERM', ignore);
    const done = (code) => {
      process.off('SIGINT', ignore);
      process.off('SIGTERM', ignore);
      resolvePromise(code);
    };
    child.on('error', (err) => {
      console.error(`[copw] Could not start Electron (${binary}): ${err.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** The whole `npm start`; returns the exit code. */
export async function main(argv = process.argv.slice(2), env = process.env, { root = PROJECT_ROOT } = {}) {
  const { build, electronArgs } = parseArgs(argv);

  // a. The Electron binary.
  const pkg = electronPackage(root);
  if (!pkg) {
    console.error(missingElectronMessage({ notInstalled: true }));
    return 1;
  }
  let binary = findElectronBinary(root);
  if (!binary) {
    const timeoutMs = downloadTimeoutMs(env);
    console.log(`[copw] The Electron ${pkg.version} binary is not installed; downloading it (time limit ${seconds(timeoutMs)}) ...`);
    const result = await installElectron({ root, env, timeoutMs });
    if (result.interrupted) return 130;
    binary = findElectronBinary(root);
    if (!binary) {
      console.error(missingElectronMessage({ version: pkg.version, timedOut: result.timedOut, timeoutMs, exitCode: result.code }));
      return 1;
    }
    console.log(`[copw] Electron ${pkg.version} installed.`);
  }

  // b. better-sqlite3 built for Electron's ABI, cached outside node_modules.
  let bindingPath = env.COPW_SQLITE_BINDING;
  if (bindingPath) {
    if (!existsSync(bindingPath)) {
      console.error(`[copw] COPW_SQLITE_BINDING points at a missing file: ${bindingPath}`);
      return 1;
    }
    console.log(`[copw] Using COPW_SQLITE_BINDING=${bindingPath}`);
  } else {
    const native = await ensureNativeBinding({ root, electronVersion: pkg.version, env });
    if (native.interrupted) return 130;
    if (!native.ok) {
      console.error(nativeBuildFailedMessage({ electronVersion: pkg.version, cacheDir: native.cacheDir, attempts: native.attempts }));
      return 1;
    }
    bindingPath = native.path;
  }

  // c. Build, then launch.
  if (build) {
    console.log('[copw] Building the app (electron-vite build) ...');
    const result = await run(process.execPath, [electronViteBin(root), 'build'], { cwd: root, env });
    if (!result.ok) {
      console.error(`[copw] electron-vite build failed${result.code != null ? ` (exit code ${result.code})` : ''}.`);
      return result.interrupted ? 130 : result.code || 1;
    }
  }
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    console.error('[copw] out/main/index.js is missing: run `npm start` without --no-build (or `npx electron-vite build`).');
    return 1;
  }
  console.log('[copw] Starting CoP Workbench ...');
  return launchElectron(binary, { root, args: electronArgs, env: electronEnv(env, bindingPath) });
}

function isDirectRun() {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isDirectRun()) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error('[copw] npm start failed:', err);
      process.exitCode = 1;
    },
  );
}
