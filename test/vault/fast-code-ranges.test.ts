// The fast code-range path must agree with the full mdast parse on which [[links]] sit inside code, or step aside (null).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWikiLinks } from '../../src/common/wikilink';
import { fastCodeRanges } from '../../src/node/vault/fast-code-ranges';
import { insideAny, parseMarkdown } from '../../src/node/vault/markdown-scan';
import type { Range } from '../../src/node/vault/markdown-scan';
import { listMarkdown } from './independent-count';
import { FOAM_DOCS } from './vault-helpers';

const inCode = (text: string, code: Range[]) => parseWikiLinks(text).map((l) => insideAny(code, l.start));

const SAMPLES = [
  'plain [[a]] text',
  'inline `[[a]]` and [[b]] and ``x ` [[c]] `` then [[d]]',
  '```\n[[a]]\n```\n[[b]]',
  '````md\n```\n[[a]]\n```\n````\n[[b]]',
  '~~~\n[[a]]\n```\n[[b]]\n~~~\n[[c]]',
  '```\nunclosed [[a]]\n\n[[b]]',
  '# Head `[[a]]`\n[[b]] `x\n[[c]]` [[d]]',
  'para `open\n\n[[a]]` close',
  '- item `[[a]]`\n- [[b]]\n\n1. [[c]] `[[d]]`',
  'a `` `[[a]]` `` b [[c]]',
  '   ```\n   [[a]]\n   ```\n[[b]]',
  '- item `x\n- [[a]]` y',
];

describe('fastCodeRanges', () => {
  it('agrees with mdast on handwritten samples', () => {
    for (const text of SAMPLES) {
      const fast = fastCodeRanges(text);
      expect(fast, text).not.toBeNull();
      expect(inCode(text, fast!), text).toEqual(inCode(text, parseMarkdown(text).code));
    }
  });

  it('steps aside for indented code, block quotes, HTML and fences in lists', () => {
    for (const text of ['para\n\n    [[a]]', '> ```\n> [[a]]', '<div>\n[[a]]\n</div>', '- ```\n  [[a]]\n  ```', 'x \\`[[a]]` y']) {
      expect(fastCodeRanges(text), text).toBeNull();
    }
  });

  it('agrees with mdast on every file of the Foam vault where it answers', () => {
    let answered = 0;
    for (const rel of listMarkdown(FOAM_DOCS)) {
      const text = readFileSync(join(FOAM_DOCS, rel), 'utf8').replace(/\r\n/g, '\n');
      const fast = fastCodeRanges(text);
      if (!fast) continue;
      answered++;
      expect(inCode(text, fast), rel).toEqual(inCode(text, parseMarkdown(text).code));
    }
    expect(answered).toBeGreaterThan(0);
  });
});
