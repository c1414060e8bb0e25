// The layer lint rule: fixtures linted as if they lived in src/renderer or src/node must fail (or pass) as designed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function lintAs(fixture: string, pretendPath: string): Promise<string[]> {
  const code = readFileSync(join(REPO_ROOT, 'test/fixtures/lint', fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, pretendPath) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer lint rule', () => {
  it('fails a renderer file that imports better-sqlite3', async () => {
    const messages = await lintAs('renderer-imports-sqlite.ts', 'src/renderer/bad-sqlite.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/'better-sqlite3' import is restricted.*renderer never imports/);
  });
  it('fails a renderer file that imports electron', async () => {
    expect(await lintAs('renderer-imports-electron.ts', 'src/renderer/bad-electron.ts')).toEqual([
      expect.stringMatching(/'electron' import is restricted/),
    ]);
  });
  it('fails a renderer file that imports the service layer', async () => {
    expect(await lintAs('renderer-imports-node-layer.ts', 'src/renderer/bad-layer.ts')).toHaveLength(1);
  });
  it('fails a service-layer file that imports electron', async () => {
    expect(await lintAs('node-imports-electron.ts', 'src/node/bad.ts')).toEqual([expect.stringMatching(/service layer never imports Electron/)]);
  });
  it('passes a renderer file with allowed imports', async () => {
    expect(await lintAs('renderer-clean.ts', 'src/renderer/good.ts')).toEqual([]);
  });
});
