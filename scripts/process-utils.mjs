// Running helper processes for scripts/start.mjs: output shown, bounded by a timeout that kills the
// whole process tree (so a hung download or compile can never hang `npm start` or a test).
import { spawn } from 'node:child_process';

/**
 * Runs a command with inherited stdio (or the given stdio). Resolves (never rejects) with
 * { ok, code, signal, timedOut, interrupted, error }.
 */
export function run(command, args, { cwd, env = process.env, timeoutMs, stdio = 'inherit' } = {}) {
  return new Promise((resolve) => {
    const ownGroup = process.platform !== 'win32';
    let child;
    try {
      child = spawn(command, args, { cwd, env, stdio, detached: ownGroup, windowsHide: true });
    } catch (error) {
      resolve({ ok: false, code: null, signal: null, timedOut: false, interrupted: false, error });
      return;
    }
    let timedOut = false;
    let interrupted = false;
    let settled = false;
    const killTree = (signal) => {
      if (child.pid === undefined) return;
      try {
        if (ownGroup) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // already gone
      }
    };
    const timer =
      timeoutMs && timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            killTree('SIGKILL');
          }, timeoutMs)
        : null;
    // The child runs in its own process group, so Ctrl+C in the terminal must be passed on explicitly.
    const onSignal = (signal) => {
      interrupted = true;
      killTree(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const finish = (result) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(result);
    };
    child.on('error', (error) => finish({ ok: false, code: null, signal: null, timedOut, interrupted, error }));
    child.on('close', (code, signal) => finish({ ok: code === 0 && !timedOut && !interrupted, code, signal, timedOut, interrupted }));
  });
}
