// copw template list / validate / import / export through the real CLI.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';
import { builtinCopy, TEMPLATES_DIR } from './template-fixtures';

const tempDir = useTempDirs();

function writeJson(dir: string, name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

describe('copw template', () => {
  it('list --json prints the built-ins without a workspace', () => {
    const r = copw(['template', 'list', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.map((t: { id: string }) => t.id)).toEqual(['library-cop-5d', 'generic-cop-5d', 'knowledge-sharing-review']);
    expect(list[0]).toMatchObject({ source: 'builtin', version: 1, name: { en: 'Library CoP — 5D' } });
  });

  it('validate exits 0 with "valid" for every built-in', () => {
    for (const id of ['library-cop-5d', 'generic-cop-5d', 'knowledge-sharing-review']) {
      const r = copw(['template', 'validate', join(TEMPLATES_DIR, `${id}.json`)]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^valid: ${id} v1 \\(\\d phases\\)`));
    }
  });

  it('validate rejects each bad template with `path: message` lines and a non-zero exit', () => {
    const dir = tempDir('copw-tpl-cli');
    const cases: [string, (t: ReturnType<typeof builtinCopy>) => void, string][] = [
      ['missing-phase-id', (t) => delete t.phases[1].id, 'phases[1].id: Missing phase id'],
      ['duplicate-field', (t) => (t.phases[0].fields[2].id = 'participants'), 'phases[0].fields[2].id: Duplicate field id "participants"'],
      ['unknown-type', (t) => (t.phases[3].fields[1].type = 'rating'), 'phases[3].fields[1].type: Unknown field type "rating"; allowed: shortText'],
      ['cycle', (t) => (t.phases[0].after = ['disseminate']), 'Cycle in "after": '],
      ['dangling', (t) => (t.phases[3].gate.completeChecklists = ['photos']), 'phases[3].gate.completeChecklists[0]: Unknown field "photos"'],
      ['html', (t) => (t.phases[2].fields[0].label.id = 'Topik <iframe src=x>'), 'phases[2].fields[0].label.id: Contains an HTML tag'],
    ];
    for (const [name, breakIt, expected] of cases) {
      const t = builtinCopy();
      breakIt(t);
      const r = copw(['template', 'validate', writeJson(dir, `${name}.json`, t)]);
      expect(r.code, name).toBe(1);
      expect(r.stdout, name).toContain(expected);
      expect(r.stderr, name).toMatch(/^error INVALID_INPUT: .*has \d+ problems?\n$/);
    }
  });

  it('validate rejects 1 MB of text and invalid JSON with line and column', () => {
    const dir = tempDir('copw-tpl-cli');
    const big = builtinCopy();
    big.description.en = 'a'.repeat(1_100_000);
    const r1 = copw(['template', 'validate', writeJson(dir, 'big.json', big)]);
    expect(r1.code).toBe(1);
    expect(r1.stdout).toMatch(/^\(file\): Template file is 1,1\d\d,\d\d\d bytes; at most 1,000,000 \(1 MB\) allowed/);
    const r2 = copw(['template', 'validate', writeJson(dir, 'broken.json', '{\n  "id": "x",\n}')]);
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain('(file): Invalid JSON at line 3, column 1: expected a property name in double quotes');
    const missing = copw(['template', 'validate', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error NOT_FOUND: No file .*nope\.json\n$/);
    const r3 = copw(['template', 'validate', writeJson(dir, 'ok.json', builtinCopy()), '--json']);
    expect(JSON.parse(r3.stdout)).toEqual({ ok: true, issues: [] });
  });

  it('import into a workspace, list it, refuse a second import without --replace, export it', () => {
    const root = tempDir('copw-tpl-cli');
    const ws = join(root, 'ws');
    expect(copw(['init', ws]).code).toBe(0);
    const t = builtinCopy('generic-cop-5d');
    t.id = 'cataloguing-circle';
    t.name = { en: 'Cataloguing circle', id: 'Lingkar pengolahan' };
    const file = writeJson(root, 'cataloguing.json', t);
    const imported = copw(['template', 'import', file, '--workspace', ws, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ id: 'cataloguing-circle', version: 1, source: 'custom' });
    const again = copw(['template', 'import', file, '--workspace', ws]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error CONFLICT: A custom template with id cataloguing-circle already exists/);
    t.description.en = 'Changed';
    writeJson(root, 'cataloguing.json', t);
    const replaced = copw(['template', 'import', file, '--workspace', ws, '--replace']);
    expect(replaced.stdout).toBe('Imported cataloguing-circle v2: Cataloguing circle\n');
    const list = JSON.parse(copw(['template', 'list', '--workspace', ws, '--json']).stdout);
    expect(list.map((x: { id: string }) => x.id)).toEqual(['library-cop-5d', 'generic-cop-5d', 'knowledge-sharing-review', 'cataloguing-circle']);
    const out = join(root, 'exported.json');
    expect(copw(['template', 'export', 'cataloguing-circle', '--workspace', ws, '-o', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ id: 'cataloguing-circle', version: 2, description: { en: 'Changed' } });
    const builtin = copw(['template', 'import', join(TEMPLATES_DIR, 'library-cop-5d.json'), '--workspace', ws]);
    expect(builtin.code).toBe(1);
    expect(builtin.stderr).toContain('belongs to a built-in template');
  });
});
