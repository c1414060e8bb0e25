// The fast front matter reader agrees with `yaml` on everything it accepts, and hands everything else to `yaml`.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastFrontMatter } from '../../src/node/vault/fast-front-matter';
import { splitFrontMatter } from '../../src/node/vault/front-matter';

const ACCEPTED = ['title: Note 1\ntags: [bench, t3]', 'tags: []', 'title: Note.1', 'title: a-b_c d.e', 'title: A  B ', 'tags: [ a , b ]', 'k: e1', 'title: e', 'title: inf'];
const REFUSED = ['title: 1.0', 'title: true', 'title: Yes', 'title: No', 'title: n', 'title: null', 'title:', 'a: b\na: c', 'title: a # c', 'x: [a, 1]', 'title: "q"', 'title: a: b', 'created: 2026-01-01', 'tags:\n  - a', '__proto__: x', 'title: [a, [b]]'];

describe('fast front matter', () => {
  it('gives exactly what yaml gives for the simple subset', () => {
    for (const c of ACCEPTED) {
      const fast = fastFrontMatter(c);
      expect(fast, c).not.toBeNull();
      expect(fast, c).toEqual(parse(c, { uniqueKeys: false }));
    }
  });

  it('refuses anything yaml might read differently', () => {
    for (const c of REFUSED) expect(fastFrontMatter(c), c).toBeNull();
  });

  it('splitFrontMatter reads the same fields through either path', () => {
    const viaFast = splitFrontMatter('---\ntitle: Loan desk\ntags: [library, desk]\naliases: [Front desk]\nkind: practice\n---\nBody');
    const viaYaml = splitFrontMatter('---\ntitle: "Loan desk"\ntags: [library, desk]\naliases: [Front desk]\nkind: practice\n---\nBody');
    expect(viaFast).toEqual(viaYaml);
    expect(viaFast.data).toMatchObject({ title: 'Loan desk', tags: ['library', 'desk'], aliases: ['Front desk'], kind: 'practice' });
    expect(viaFast.body).toBe('Body');
  });
});
