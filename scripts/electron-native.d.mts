// Types for electron-native.mjs (used by the TypeScript tests).
import type { RunOptions, RunResult } from './process-utils.mjs';

export const BETTER_SQLITE3_SOURCES: string[];
export const ELECTRON_HEADERS_URL: string;

export interface NativeTarget {
  root: string;
  electronVersion: string;
  platform?: string;
  arch?: string;
}

export interface NativeAttempt {
  method: 'prebuild-install' | 'node-gyp';
  ok: boolean;
  code: number | null;
  timedOut: boolean;
  error?: string;
}

export interface NativeResult {
  ok: boolean;
  interrupted?: boolean;
  path: string | null;
  method: string | null;
  cached: boolean;
  cacheDir: string;
  attempts: NativeAttempt[];
}

export function nativeCacheDir(target: NativeTarget): string;
export function nativeBindingPath(cacheDir: string): string;
export function betterSqlite3Package(root: string): { dir: string; version: string };
export function nativeBuildEnv(env?: NodeJS.ProcessEnv): Record<string, string>;
export function copyBetterSqlite3Sources(srcDir: string, destDir: string): void;
export function readCachedBuild(cacheDir: string, betterSqlite3Version: string): { path: string; method: string } | null;
export function nodeGypCommands(options: { root: string; env?: NodeJS.ProcessEnv; execPath?: string }): { command: string; prefix: string[] }[];

export function ensureNativeBinding(
  options: NativeTarget & {
    env?: NodeJS.ProcessEnv;
    sourceDir?: string;
    log?: (line: string) => void;
    runner?: (command: string, args: string[], options: RunOptions) => Promise<RunResult>;
  },
): Promise<NativeResult>;

export function nativeBuildFailedMessage(options: { electronVersion: string; cacheDir: string; attempts?: NativeAttempt[] }): string;
