// The real copw CLI: note add, note show (by id or title, ambiguous titles), links --json, --help.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copw } from '../helpers/run-cli';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

describe('copw note / links', () => {
  it('adds notes by domain name or slug, shows them by id or title, and lists links', () => {
    const parent = tempDir('cli-notes');
    const ws = join(parent, 'w');
    expect(copw(['init', ws, '--demo']).code).toBe(0);
    const bodyFile = join(parent, 'body.md');
    writeFileSync(bodyFile, '\uFEFFSee [[Checking damaged returns at the desk]] and [[Nowhere at all|missing]].\n');
    const add = copw(['note', 'add', '--workspace', ws, '--domain', 'circulation', '--title', 'CLI note 📚', '--body-file', bodyFile, '--kind', 'story']);
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    const id = add.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const byId = copw(['note', 'show', id, '--workspace', ws, '--json']);
    expect(byId.code).toBe(0);
    const note = JSON.parse(byId.stdout);
    expect(note).toMatchObject({ id, title: 'CLI note 📚', kind: 'story', domain: 'Circulation' });
    expect(note.body.startsWith('See [[')).toBe(true);
    const byTitle = copw(['note', 'show', 'cli NOTE 📚', '--workspace', ws]);
    expect(byTitle.code).toBe(0);
    expect(byTitle.stdout).toContain('CLI note 📚');
    expect(byTitle.stdout).toContain(id);

    // Same title in another domain: ambiguous by title, listing both domains.
    const second = copw(['note', 'add', '--workspace', ws, '--domain', 'Shelving', '--title', 'cli note 📚', '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).title).toBe('cli note 📚');
    const ambiguous = copw(['note', 'show', 'CLI note 📚', '--workspace', ws]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/^error CONFLICT: Title "CLI note 📚" is ambiguous/);
    expect(ambiguous.stderr).toContain('Circulation');
    expect(ambiguous.stderr).toContain('Shelving');

    const links = copw(['links', '--workspace', ws, '--json']);
    expect(links.code).toBe(0);
    const all = JSON.parse(links.stdout) as { from: string; to: string | null; target: string; resolved: boolean }[];
    const mine = all.filter((l) => l.from === id);
    expect(mine.map((l) => [l.target, l.resolved])).toEqual([
      ['Checking damaged returns at the desk', true],
      ['Nowhere at all', false],
    ]);
    expect(mine[1].to).toBeNull();
    expect(all.every((l) => l.resolved === (l.to !== null))).toBe(true);
    const stats = JSON.parse(copw(['stats', '--workspace', ws, '--json']).stdout);
    expect(all).toHaveLength(stats.links);
    expect(all.filter((l) => !l.resolved)).toHaveLength(stats.unresolvedLinks);
  });

  it('reports bad input clearly and adds nothing', () => {
    const parent = tempDir('cli-bad');
    const ws = join(parent, 'w');
    expect(copw(['init', ws]).code).toBe(0);
    const noDomain = copw(['note', 'add', '--workspace', ws, '--domain', 'Nope', '--title', 'T']);
    expect(noDomain.code).toBe(1);
    expect(noDomain.stderr).toMatch(/^error NOT_FOUND: No domain "Nope"/);
    expect(copw(['note', 'show', 'Missing', '--workspace', ws]).stderr).toMatch(/^error NOT_FOUND/);
    const badFile = copw(['note', 'add', '--workspace', ws, '--domain', 'x', '--title', 'T', '--body-file', join(parent, 'none.md')]);
    expect(badFile.stderr).toMatch(/^error NOT_FOUND: Cannot read --body-file/);
    expect(copw(['note', 'add', '--workspace', ws, '--domain', 'x', '--title', 'T', '--kind', 'poem']).stderr).toMatch(/--kind must be one of/);
    expect(JSON.parse(copw(['stats', '--workspace', ws, '--json']).stdout).notes).toBe(0);
  });

  it('has --help on note add, note show and links', () => {
    for (const args of [['note', 'add', '--help'], ['note', 'show', '--help'], ['links', '--help']]) {
      const r = copw(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: copw/);
      expect(r.stdout).toContain('--workspace');
    }
  });
});
