// Temporary folders for tests, removed after each test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function useTempDirs(): (name?: string) => string {
  const made: string[] = [];
  afterAll(() => {
    // Retries: a child process that is still shutting down (a served workspace saving its state) may write a last file.
    for (const d of made) rmSync(d, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });
  return (name = 'copw') => {
    const dir = mkdtempSync(join(tmpdir(), `${name}-`));
    made.push(dir);
    return dir;
  };
}
