// notes/<id>.md front matter: JSON-quoted values that YAML parses back exactly, whatever the title holds.
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { PackageNote } from '../../../src/common/packages/manifest-types';
import { noteMarkdown } from '../../../src/node/packages/export/render-entries';
import { idSegment, safeFileName } from '../../../src/node/packages/export/entry-paths';

const note = (title: string, tags: string[]): PackageNote => ({
  id: 'n1',
  origin: { workspaceId: 'w', noteId: 'n1' },
  title,
  domainId: 'd',
  kind: 'story',
  stage: 'share',
  lang: 'en',
  tags,
  aliases: ['yes', 'null'],
  authorIds: [],
  body: '---\nnot: front matter\n---\nBody',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  contentHash: 'x',
});

describe('note Markdown front matter', () => {
  it('round-trips awkward titles, tags and aliases through a YAML parser', () => {
    const titles = ['a: "b" #c', '- [x] {y}', "it's\nnew\tline \\ é 中文", '123', 'true', '&anchor *alias !tag %', '\u0007bell'];
    for (const title of titles) {
      const md = noteMarkdown(note(title, ['a/b', '#x', ' sp ']), 'Circulation: main', ['Dewi "D"']);
      const end = md.indexOf('\n---\n', 4);
      const fm = parseYaml(md.slice(4, end)) as Record<string, unknown>;
      expect(fm).toEqual({
        title,
        domain: 'Circulation: main',
        kind: 'story',
        stage: 'share',
        tags: ['a/b', '#x', ' sp '],
        aliases: ['yes', 'null'],
        authors: ['Dewi "D"'],
        created: '2026-01-01T00:00:00.000Z',
        updated: '2026-01-02T00:00:00.000Z',
      });
      expect(md.slice(end + 5)).toBe('---\nnot: front matter\n---\nBody');
    }
  });

  it('makes safe entry path segments from ids and file names', () => {
    expect(idSegment('n-1.a_b')).toBe('n-1.a_b');
    expect(idSegment('../x')).toMatch(/^h-[0-9a-f]{40}$/);
    expect(idSegment('..')).toMatch(/^h-/);
    expect(idSegment('Abc')).not.toBe(idSegment('abc'));
    expect(idSegment('Abc')).toMatch(/^h-/);
    expect(safeFileName('..\\evil/name?.txt')).toBe('.._evil_name_.txt');
    expect(safeFileName('...')).toBe('file');
    expect(safeFileName('a\u0000b.png ')).toBe('a_b.png');
  });
});
