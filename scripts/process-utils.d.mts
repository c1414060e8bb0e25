// Types for process-utils.mjs (used by the TypeScript tests).
import type { StdioOptions } from 'node:child_process';

export interface RunResult {
  ok: boolean;
  code: number | null;
  signal?: NodeJS.Signals | null;
  timedOut: boolean;
  interrupted?: boolean;
  error?: NodeJS.ErrnoException;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  stdio?: StdioOptions;
}

export function run(command: string, args: string[], options?: RunOptions): Promise<RunResult>;
