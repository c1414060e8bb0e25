// copw search through the real CLI process: JSON shape, plain output, errors.
import { describe, it, expect } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { demoWorkspace } from '../helpers/workspace';
import { copw } from '../helpers/run-cli';
import { addNotes, FIXTURE_NOTES } from './fixture';

const tempDir = useTempDirs();

describe('copw search', () => {
  const dir = demoWorkspace(tempDir('search-cli'));
  const ids = addNotes(dir, FIXTURE_NOTES);

  it('prints a JSON array of {id, title, domain, score, snippet}', () => {
    const r = copw(['search', 'zebrafish', '--workspace', dir, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(hits.map((h) => Object.keys(h).sort())).toEqual([
      ['domain', 'id', 'score', 'snippet', 'title'],
      ['domain', 'id', 'score', 'snippet', 'title'],
    ]);
    expect(hits[0]).toMatchObject({ id: ids['Zebrafish loan desk'], title: 'Zebrafish loan desk', domain: 'Circulation', snippet: '«Zebrafish» loan desk' });
    expect(typeof hits[0].score).toBe('number');
    expect(hits[1].snippet).toContain('«zebrafish»');
  });

  it('applies filters and --limit, and prints one line per hit without --json', () => {
    const json = JSON.parse(copw(['search', 'domain:Circulation', '--workspace', dir, '--json', '--limit', '3']).stdout) as { domain: string }[];
    expect(json).toHaveLength(3);
    expect(json.every((h) => h.domain === 'Circulation')).toBe(true);
    const plain = copw(['search', 'zebrafish trolley', '--workspace', dir]);
    expect(plain.code).toBe(0);
    const lines = plain.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Weekly desk notes');
    expect(lines[0]).toContain(ids['Weekly desk notes']);
  });

  it('rejects a bad --limit and a missing workspace with clear errors', () => {
    const bad = copw(['search', 'x', '--workspace', dir, '--limit', 'many']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error INVALID_INPUT: --limit must be a whole number');
    const missing = copw(['search', 'x', '--workspace', dir + '-nope', '--json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error WORKSPACE_NOT_FOUND/);
    expect(missing.stdout).toBe('');
  });
});
