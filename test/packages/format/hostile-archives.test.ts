// Every hostile or broken archive of issue 5 is refused by readPackage with its own PKG_* code, before anything is returned.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/common/errors';
import { readPackage } from '../../../src/node/packages/archive-reader';
import { useTempDirs } from '../../helpers/temp-dir';
import { HOSTILE_CASES, writeCase } from './package-fixtures';

const tempDir = useTempDirs();

async function codeOf(path: string, inMemoryMaxBytes?: number): Promise<string> {
  try {
    await readPackage(path, { inMemoryMaxBytes });
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).code;
  }
  return 'ACCEPTED';
}

describe('readPackage refuses hostile archives', () => {
  const dir = tempDir('hostile');
  for (const [i, c] of HOSTILE_CASES.entries()) {
    it(`${c.name} → ${c.code}`, async () => {
      const path = writeCase(dir, i, c);
      expect(await codeOf(path)).toBe(c.code);
      // The same verdict when the archive is read by ranges from the file (the path taken for archives over 256 MB).
      expect(await codeOf(path, 0)).toBe(c.code);
    });
  }

  it('gives each kind of problem a distinct code', () => {
    const byCode = new Map<string, Set<string>>();
    for (const c of HOSTILE_CASES) {
      const kind = c.name.startsWith('names differing') ? 'collision' : c.name.startsWith('truncated') || c.name.startsWith('corrupt') ? 'corrupt' : c.name;
      byCode.set(c.code, (byCode.get(c.code) ?? new Set()).add(kind));
    }
    for (const [code, kinds] of byCode) expect([code, kinds.size]).toEqual([code, 1]);
    expect(byCode.size).toBe(23);
  });

  it('refuses a missing file, a folder, and a symlink to a valid package with PKG_NOT_FOUND', async () => {
    const d = tempDir('notfile');
    expect(await codeOf(join(d, 'nope.copkg'))).toBe('PKG_NOT_FOUND');
    mkdirSync(join(d, 'folder.copkg'));
    expect(await codeOf(join(d, 'folder.copkg'))).toBe('PKG_NOT_FOUND');
    writeFileSync(join(d, 'real.copkg'), 'x');
    symlinkSync(join(d, 'real.copkg'), join(d, 'link.copkg'));
    expect(await codeOf(join(d, 'link.copkg'))).toBe('PKG_NOT_FOUND');
  });

  it('refuses an empty file and random bytes as corrupt', async () => {
    const d = tempDir('junk');
    writeFileSync(join(d, 'empty.copkg'), '');
    writeFileSync(join(d, 'junk.copkg'), Buffer.from('PK\u0003\u0004 this is not really a zip file at all'));
    expect(await codeOf(join(d, 'empty.copkg'))).toBe('PKG_CORRUPT');
    expect(await codeOf(join(d, 'junk.copkg'))).toBe('PKG_CORRUPT');
  });

  it('leaves Object.prototype untouched after a __proto__ manifest', async () => {
    const i = HOSTILE_CASES.findIndex((c) => c.code === 'PKG_MANIFEST_PROTO');
    await codeOf(writeCase(tempDir('proto'), i, HOSTILE_CASES[i]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
