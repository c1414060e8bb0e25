// Entry deflate on two threads (archive-deflate): worker and this-thread results agree with the input, large packages round-trip.
import { inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryDeflater } from '../../../src/node/packages/archive-deflate';
import { readPackage } from '../../../src/node/packages/archive-reader';
import { writePackage } from '../../../src/node/packages/archive-writer';
import { useTempDirs } from '../../helpers/temp-dir';
import { baseManifest } from './package-fixtures';

const tempDir = useTempDirs();

/** Varied text entries (~3 KB each, some larger) so that 3,000 of them are well over the worker threshold. */
function entries(n: number): Buffer[] {
  const words = ['loan', 'shelf', 'queue', 'reader', 'catalogue', 'volunteer', 'story', 'índice', 'ruang baca'];
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647);
  return Array.from({ length: n }, (_, i) => {
    const count = i % 97 === 0 ? 40_000 : 300 + (next() % 400);
    return Buffer.from(Array.from({ length: count }, () => words[next() % words.length]).join(' ') + `\n#${i}`);
  });
}

describe('EntryDeflater', () => {
  it('deflates every buffer exactly once with the worker (over the threshold), in add order, each inflating to its input', async () => {
    const inputs = entries(3000);
    expect(inputs.reduce((s, b) => s + b.length, 0)).toBeGreaterThan(8 * 1024 * 1024);
    const deflater = new EntryDeflater();
    for (const b of inputs) deflater.add(b);
    await deflater.finish(() => false);
    for (const b of inputs) {
      const out = deflater.deflated(b)!;
      expect(out.length).toBeLessThan(b.length);
      expect(inflateRawSync(out).equals(b)).toBe(true);
    }
    expect(deflater.deflated(Buffer.from('never added'))).toBeUndefined();
    // Both threads took a share.
    expect(deflater.workerEntries).toBeGreaterThan(0);
    expect(deflater.workerEntries).toBeLessThan(inputs.length);
  });

  it('deflates small jobs on this thread, and stops cleanly when closed before finishing or cancelled', async () => {
    const small = entries(20);
    const deflater = new EntryDeflater();
    for (const b of small) deflater.add(b);
    await deflater.finish(() => false);
    for (const b of small) expect(inflateRawSync(deflater.deflated(b)!).equals(b)).toBe(true);
    expect(deflater.workerEntries).toBe(0);

    const abandoned = new EntryDeflater();
    for (const b of entries(3000)) abandoned.add(b);
    await abandoned.close();

    const cancelled = new EntryDeflater();
    const big = entries(3000);
    for (const b of big) cancelled.add(b);
    await cancelled.finish(() => true);
    expect(big.some((b) => cancelled.deflated(b) === undefined)).toBe(true);
  });
});

describe('writePackage with entries deflated on two threads', () => {
  it('writes a package of 6,000 entries (over 8 MB) that readPackage verifies byte for byte, with a deflater fed beforehand', async () => {
    const dir = tempDir('deflate');
    const data = entries(6000);
    const files = data.map((d, i) => ({ path: `notes/n${i}.${i % 2 ? 'json' : 'md'}`, data: d }));
    const deflater = new EntryDeflater();
    // As export does: half the entries added while "rendering", the rest left to writePackage.
    for (const f of files.slice(0, 3000)) deflater.add(f.data);
    const out = join(dir, 'big.copkg');
    const { bytes } = await writePackage(out, files, { manifest: baseManifest(), deflater });
    expect(bytes).toBeLessThan(data.reduce((s, b) => s + b.length, 0));
    const read = await readPackage(out);
    expect(read.files.size).toBe(files.length);
    for (const f of files) expect(read.files.get(f.path)!.equals(f.data)).toBe(true);
  });
});
