// Types for start.mjs (used by the TypeScript tests).
import type { RunOptions, RunResult } from './process-utils.mjs';

export const PROJECT_ROOT: string;
export const DEFAULT_DOWNLOAD_TIMEOUT_MS: number;

export function electronPackage(root?: string): { dir: string; version: string } | null;
export function findElectronBinary(root?: string): string | null;
export function downloadTimeoutMs(env?: NodeJS.ProcessEnv): number;
export function installElectron(options?: {
  root?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  runner?: (command: string, args: string[], options: RunOptions) => Promise<RunResult>;
}): Promise<RunResult>;
export function missingElectronMessage(options?: {
  version?: string;
  notInstalled?: boolean;
  timedOut?: boolean;
  timeoutMs?: number;
  exitCode?: number | null;
}): string;
export function parseArgs(argv: string[]): { build: boolean; electronArgs: string[] };
export function electronEnv(env: NodeJS.ProcessEnv, bindingPath: string): NodeJS.ProcessEnv;
export function launchElectron(binary: string, options?: { root?: string; args?: string[]; env?: NodeJS.ProcessEnv }): Promise<number>;
export function main(argv?: string[], env?: NodeJS.ProcessEnv, options?: { root?: string }): Promise<number>;
