// writePackage → readPackage round trip, signatures (trusted / unknown key / unsigned / tampered), atomic writes and cancel.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/common/errors';
import { readPackage } from '../../../src/node/packages/archive-reader';
import { writePackage } from '../../../src/node/packages/archive-writer';
import { keyIdOf } from '../../../src/node/packages/signature';
import { useTempDirs } from '../../helpers/temp-dir';
import { archive, baseManifest, DOMAINS, keyPair, NOTE } from './package-fixtures';

const tempDir = useTempDirs();

const files = () => [
  NOTE,
  DOMAINS,
  { path: 'notes/n1.json', data: Buffer.from(JSON.stringify({ id: 'n1', title: 'Hold shelf' })) },
  { path: 'attachments/abc/photo.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
  // Highly repetitive, over 1 MB: the writer must store it rather than exceed the reader's ratio limit.
  { path: 'notes/long.md', data: Buffer.alloc(2 * 1024 * 1024, 'a') },
];

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return err instanceof AppError ? err.code : `non-AppError: ${String(err)}`;
  }
  return 'ACCEPTED';
}

function zipNames(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: false }, (err, zip) => {
      if (err) return reject(err);
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => names.push(e.fileName));
      zip.on('end', () => resolve(names));
    });
  });
}

describe('writePackage / readPackage', () => {
  it('round-trips every entry byte for byte, with sizes and sha256 in the manifest', async () => {
    const dir = tempDir('rt');
    const out = join(dir, 'p.copkg');
    const progress: number[] = [];
    const { manifest, bytes } = await writePackage(out, files(), { manifest: baseManifest(), onProgress: (d, t) => progress.push(d / t) });
    expect(bytes).toBe(readFileSync(out).length);
    expect(progress.at(-1)).toBe(1);
    const back = await readPackage(out);
    expect(back.manifest).toEqual(manifest);
    expect(back.signature).toEqual({ state: 'unsigned' });
    expect(back.signatureKey).toBeNull();
    expect([...back.files.keys()].sort()).toEqual(files().map((f) => f.path).sort());
    for (const f of files()) expect(back.files.get(f.path)!.equals(f.data)).toBe(true);
    const byRanges = await readPackage(out, { inMemoryMaxBytes: 0 });
    expect(byRanges.manifest).toEqual(manifest);
    for (const f of files()) expect(byRanges.files.get(f.path)!.equals(f.data)).toBe(true);
    expect(await zipNames(out)).toEqual(['manifest.json', ...files().map((f) => f.path)]);
    expect(readdirSync(dir)).toEqual(['p.copkg']);
  });

  it('reports a signed package as trusted, unknown-key, and refuses a foreign signature', async () => {
    const dir = tempDir('sig');
    const k = keyPair();
    const out = join(dir, 's.copkg');
    await writePackage(out, files(), { manifest: baseManifest(k.publicKey), sign: { privateKeyPem: k.privateKeyPem } });
    expect(await zipNames(out)).toContain('manifest.sig');
    const keyId = keyIdOf(k.publicKey);
    expect(keyId).toMatch(/^[0-9a-f]{16}$/);

    const unknown = await readPackage(out);
    expect(unknown.signature).toEqual({ state: 'unknown-key', keyId, name: 'Alice' });
    expect(unknown.signatureKey).toBe(keyId);
    const trusted = await readPackage(out, { trustedKeys: [{ keyId, name: 'Alice (met at the CoP day)', publicKey: k.publicKey }] });
    expect(trusted.signature).toEqual({ state: 'trusted', keyId, name: 'Alice (met at the CoP day)' });
    // Same key id but a different key text is not trust.
    const other = keyPair();
    expect((await readPackage(out, { trustedKeys: [{ keyId, name: 'x', publicKey: other.publicKey }] })).signature.state).toBe('unknown-key');

    // Signed by another key than the one the manifest names → PKG_SIGNATURE.
    const forged = join(dir, 'forged.copkg');
    await writePackage(forged, files(), { manifest: baseManifest(k.publicKey), sign: { privateKeyPem: other.privateKeyPem } });
    expect(await code(readPackage(forged))).toBe('PKG_SIGNATURE');
  });

  it('refuses a signature that is garbage, and a signature without a creator key', async () => {
    const dir = tempDir('sig2');
    const k = keyPair();
    const m = Buffer.from(JSON.stringify({ ...baseManifest(k.publicKey), entries: [] }));
    writeFileSync(join(dir, 'garbage.copkg'), archive(m, [], 'not base64 at all!'));
    expect(await code(readPackage(join(dir, 'garbage.copkg')))).toBe('PKG_SIGNATURE');
    const noKey = Buffer.from(JSON.stringify({ ...baseManifest(null), entries: [] }));
    writeFileSync(join(dir, 'nokey.copkg'), archive(noKey, [], 'A'.repeat(86) + '=='));
    expect(await code(readPackage(join(dir, 'nokey.copkg')))).toBe('PKG_SIGNATURE');
  });

  it('detects one byte changed inside a written entry with PKG_CHECKSUM', async () => {
    const dir = tempDir('flip');
    const out = join(dir, 'p.copkg');
    // A .png entry is stored (not deflated), so the changed byte is the entry's own byte and the zip stays well-formed.
    await writePackage(out, [{ path: 'attachments/h/a.png', data: Buffer.from('stored bytes of an image') }], { manifest: baseManifest() });
    const bytes = readFileSync(out);
    const at = bytes.indexOf(Buffer.from('stored bytes'));
    expect(at).toBeGreaterThan(0);
    bytes[at] ^= 0x20;
    writeFileSync(out, bytes);
    expect(await code(readPackage(out))).toBe('PKG_CHECKSUM');
  });

  it('is atomic: a cancelled write leaves no file and no temp file; an existing package is replaced only when complete', async () => {
    const dir = tempDir('cancel');
    const out = join(dir, 'c.copkg');
    const ctl = new AbortController();
    ctl.abort();
    expect(await code(writePackage(out, files(), { manifest: baseManifest(), signal: ctl.signal }))).toBe('CANCELLED');
    expect(readdirSync(dir)).toEqual([]);

    const late = new AbortController();
    const p = writePackage(out, files(), { manifest: baseManifest(), signal: late.signal, onProgress: (d, t) => d >= t - 1 && late.abort() });
    expect(await code(p)).toBe('CANCELLED');
    expect(readdirSync(dir)).toEqual([]);

    await writePackage(out, files(), { manifest: baseManifest() });
    const before = readFileSync(out);
    const again = new AbortController();
    again.abort();
    await code(writePackage(out, [NOTE], { manifest: baseManifest(), signal: again.signal }));
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['c.copkg']);
  });

  it('refuses to overwrite a non-.copkg file or write into a missing folder, and refuses entries the reader would refuse', async () => {
    const dir = tempDir('target');
    writeFileSync(join(dir, 'notes.txt'), 'precious');
    expect(await code(writePackage(join(dir, 'notes.txt'), [NOTE], { manifest: baseManifest() }))).toBe('INVALID_INPUT');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('precious');
    expect(await code(writePackage(join(dir, 'missing', 'p.copkg'), [NOTE], { manifest: baseManifest() }))).toBe('NOT_FOUND');
    const m = { manifest: baseManifest() };
    expect(await code(writePackage(join(dir, 'a.copkg'), [{ path: '../x', data: Buffer.from('x') }], m))).toBe('PKG_PATH_TRAVERSAL');
    expect(await code(writePackage(join(dir, 'a.copkg'), [{ path: 'manifest.json', data: Buffer.from('x') }], m))).toBe('PKG_NAME_COLLISION');
    expect(await code(writePackage(join(dir, 'a.copkg'), [NOTE, { path: 'NOTES/N1.md', data: Buffer.from('x') }], m))).toBe('PKG_NAME_COLLISION');
    expect(existsSync(join(dir, 'a.copkg'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('enforces limits passed by the caller (total and entry count) on read', async () => {
    const dir = tempDir('limits');
    const out = join(dir, 'p.copkg');
    await writePackage(out, files(), { manifest: baseManifest() });
    expect(await code(readPackage(out, { limits: { maxTotalBytes: 1000 } }))).toBe('PKG_TOTAL_TOO_LARGE');
    expect(await code(readPackage(out, { limits: { maxEntries: 3 } }))).toBe('PKG_TOO_MANY_ENTRIES');
    expect(await code(readPackage(out, { limits: { maxEntryBytes: 100 } }))).toBe('PKG_ENTRY_TOO_LARGE');
  });
});
