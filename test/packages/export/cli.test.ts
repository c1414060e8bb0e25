// copw export: JSON result, --preview, domain by name, repeatable criteria, refusals with `error CODE: message`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../src/node/packages/archive-reader';
import { copw } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { demoWorkspace } from '../../helpers/workspace';

const tmp = useTempDirs();
const root = tmp('copw-export-cli');
const ws = demoWorkspace(root, 'ws');

describe('copw export', () => {
  it('writes a package of a domain by name and prints the ExportResult as JSON', async () => {
    const file = join(root, 'circ.copkg');
    const r = copw(['export', '--workspace', ws, '--domain', 'circulation', '--tag', 'circulation', '--tag', 'queues', '--depth', '1', '-o', file, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { path: string; packageId: string; packageVersion: number; counts: { notes: number }; bytes: number; signed: boolean };
    expect(result).toMatchObject({ path: file, packageVersion: 1, signed: false });
    const pkg = await readPackage(file);
    expect(result.counts.notes).toBeGreaterThan(0);
    expect(pkg.manifest.counts).toEqual(result.counts);
    expect(pkg.manifest.selection).toMatchObject({ tags: ['circulation', 'queues'], depth: 1 });
    expect(pkg.manifest.title).toBe('Circulation');
    const again = JSON.parse(copw(['export', '--workspace', ws, '--domain', 'Circulation', '--tag', 'queues', '--tag', 'circulation', '--depth', '1', '-o', file, '--json']).stdout) as typeof result;
    expect(again).toMatchObject({ packageId: result.packageId, packageVersion: 2 });
  });

  it('--preview --json prints the preview and writes nothing; --exclude removes a note', () => {
    const preview = JSON.parse(copw(['export', '--workspace', ws, '--domain', 'Circulation', '--preview', '--json']).stdout) as { notes: { id: string }[] };
    expect(preview.notes.length).toBeGreaterThan(1);
    const fewer = JSON.parse(copw(['export', '--workspace', ws, '--domain', 'Circulation', '--exclude', preview.notes[0].id, '--preview', '--json']).stdout) as typeof preview;
    expect(fewer.notes.map((n) => n.id)).toEqual(preview.notes.slice(1).map((n) => n.id));
  });

  it('fails with one error line for an unknown domain, a missing -o and an empty selection', () => {
    const file = join(root, 'bad.copkg');
    const unknown = copw(['export', '--workspace', ws, '--domain', 'Nowhere', '-o', file]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('error NOT_FOUND: No domain named "Nowhere"\n');
    expect(copw(['export', '--workspace', ws, '--domain', 'Circulation']).stderr).toMatch(/^error INVALID_INPUT: .*-o FILE\.copkg/);
    expect(copw(['export', '--workspace', ws, '-o', file]).stderr).toMatch(/^error INVALID_INPUT: The selection holds no notes/);
    expect(existsSync(file)).toBe(false);
  });
});
