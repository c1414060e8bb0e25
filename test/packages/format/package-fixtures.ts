// Builders of valid and hostile .copkg files for the format tests: each hostile case with the code it must be refused with.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../../../src/common/errors';
import type { PackageManifest } from '../../../src/common/packages/manifest-types';
import { craftZip, type CraftEntry } from './zip-craft';

export const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export function keyPair(): { publicKey: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

export function baseManifest(publicKey: string | null = null): Omit<PackageManifest, 'entries'> {
  return {
    format: 'copkg',
    formatVersion: 1,
    appVersion: '0.0.0-test',
    packageId: 'pkg-1',
    packageVersion: 1,
    title: 'Circulation practices',
    description: 'Test package',
    createdAt: '2026-11-22T10:00:00.000Z',
    creator: { workspaceId: 'ws-a', memberId: null, name: 'Alice', publicKey },
    selection: { domainIds: ['d1'], tags: [], kinds: [], stages: [], planIds: [], noteIds: [], depth: 0, includeAttachments: true, excludedNoteIds: [] },
    counts: { notes: 1, attachments: 0, domains: 1, members: 0, plans: 0, templates: 0 },
  };
}

export const NOTE = { path: 'notes/n1.md', data: Buffer.from('---\ntitle: Hold shelf\n---\nKeep holds for 7 days.\n') };
export const DOMAINS = { path: 'domains.json', data: Buffer.from('[{"id":"d1","name":"Circulation"}]') };

/** manifest.json bytes listing `files` (plus raw overrides merged last). */
export function manifestFor(files: readonly { path: string; data: Buffer }[], extra: Record<string, unknown> = {}, publicKey: string | null = null): Buffer {
  const m = { ...baseManifest(publicKey), entries: files.map((f) => ({ path: f.path, size: f.data.length, sha256: sha(f.data) })), ...extra };
  return Buffer.from(JSON.stringify(m, null, 2) + '\n');
}

/** A structurally valid archive: manifest (as given) + files, written by hand. */
export function archive(manifest: Buffer | null, files: readonly CraftEntry[], sig?: string): Buffer {
  const entries: CraftEntry[] = [];
  if (manifest) entries.push({ name: 'manifest.json', data: manifest });
  if (sig !== undefined) entries.push({ name: 'manifest.sig', data: Buffer.from(sig), method: 0 });
  entries.push(...files);
  return craftZip(entries);
}

const good = [NOTE, DOMAINS];
const goodArchive = () => archive(manifestFor(good), good.map((f) => ({ name: f.path, data: f.data })));

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

export interface HostileCase {
  name: string;
  code: ErrorCode;
  bytes(): Buffer;
}

/** Every hostile case of issue 5, one distinct code each. */
export const HOSTILE_CASES: HostileCase[] = [
  { name: 'entry climbing out with ../', code: 'PKG_PATH_TRAVERSAL', bytes: () => archive(manifestFor(good), [{ name: '../evil.txt', data: Buffer.from('x') }]) },
  { name: 'absolute path', code: 'PKG_ABSOLUTE_PATH', bytes: () => archive(manifestFor(good), [{ name: '/tmp/evil.txt', data: Buffer.from('x') }]) },
  { name: 'drive letter', code: 'PKG_DRIVE_PATH', bytes: () => archive(manifestFor(good), [{ name: 'C:/evil.txt', data: Buffer.from('x') }]) },
  { name: 'backslash', code: 'PKG_BACKSLASH_PATH', bytes: () => archive(manifestFor(good), [{ name: 'notes\\evil.md', data: Buffer.from('x') }]) },
  {
    name: 'symlink entry',
    code: 'PKG_SYMLINK',
    bytes: () => {
      const link = { path: 'notes/link.md', data: Buffer.from('/etc/passwd') };
      return archive(manifestFor([...good, link]), [...good.map((f) => ({ name: f.path, data: f.data })), { name: link.path, data: link.data, unixMode: 0o120777 }]);
    },
  },
  {
    name: 'names differing only by case',
    code: 'PKG_NAME_COLLISION',
    bytes: () => archive(manifestFor(good), [{ name: 'notes/A.md', data: Buffer.from('a') }, { name: 'notes/a.md', data: Buffer.from('b') }]),
  },
  {
    name: 'names differing only by Unicode normalisation (NFC/NFD)',
    code: 'PKG_NAME_COLLISION',
    bytes: () => archive(manifestFor(good), [{ name: 'notes/caf\u00e9.md', data: Buffer.from('a') }, { name: 'notes/cafe\u0301.md', data: Buffer.from('b') }]),
  },
  {
    name: 'more entries than the limit (60,001)',
    code: 'PKG_TOO_MANY_ENTRIES',
    bytes: () => craftZip(Array.from({ length: 60_001 }, (_, i) => ({ name: `a/${i}`, data: Buffer.alloc(0), method: 0 as const }))),
  },
  {
    name: 'zip bomb: one entry over 50 MB uncompressed',
    code: 'PKG_ENTRY_TOO_LARGE',
    bytes: () => archive(manifestFor(good), [{ name: 'attachments/big.bin', data: Buffer.alloc(51 * 1024 * 1024) }]),
  },
  {
    name: 'zip bomb: entries over 2 GB in total',
    code: 'PKG_TOTAL_TOO_LARGE',
    bytes: () =>
      archive(
        manifestFor(good),
        Array.from({ length: 45 }, (_, i) => ({ name: `attachments/${i}.bin`, data: Buffer.from('x'), method: 0 as const, declaredUncompressed: 49 * 1024 * 1024, declaredCompressed: 49 * 1024 * 1024 })),
      ),
  },
  {
    name: 'zip bomb: compression ratio over 200:1',
    code: 'PKG_COMPRESSION_RATIO',
    bytes: () => archive(manifestFor(good), [{ name: 'attachments/zeros.bin', data: Buffer.alloc(4 * 1024 * 1024) }]),
  },
  {
    name: 'zip bomb: overlapping entries',
    code: 'PKG_OVERLAPPING_ENTRIES',
    bytes: () => {
      const data = Buffer.from('shared data '.repeat(100));
      return archive(manifestFor(good), [
        { name: 'attachments/one.txt', data },
        { name: 'attachments/two.txt', data, centralOnly: true, localHeaderOf: 1 },
      ]);
    },
  },
  {
    name: 'entry sizes that lie (inflates to more than declared)',
    code: 'PKG_SIZE_MISMATCH',
    bytes: () => {
      const files = [NOTE, DOMAINS];
      return archive(manifestFor(files), [
        { name: NOTE.path, data: NOTE.data, declaredUncompressed: 5 },
        { name: DOMAINS.path, data: DOMAINS.data },
      ]);
    },
  },
  {
    name: 'truncated archive',
    code: 'PKG_CORRUPT',
    bytes: () => {
      const full = goodArchive();
      return full.subarray(0, Math.floor(full.length * 0.6));
    },
  },
  {
    name: 'corrupt central directory',
    code: 'PKG_CORRUPT',
    bytes: () => {
      const full = Buffer.from(goodArchive());
      const cdOffset = full.readUInt32LE(full.length - 22 + 16);
      full.writeUInt32LE(0xdeadbeef, cdOffset);
      return full;
    },
  },
  { name: 'manifest missing', code: 'PKG_MANIFEST_MISSING', bytes: () => archive(null, good.map((f) => ({ name: f.path, data: f.data }))) },
  { name: 'manifest not JSON', code: 'PKG_MANIFEST_JSON', bytes: () => archive(Buffer.from('{"format": "copkg", oops'), []) },
  {
    name: 'manifest nested 1,000 levels deep',
    code: 'PKG_MANIFEST_DEPTH',
    bytes: () => archive(Buffer.from(`{"format":"copkg","formatVersion":1,"x":${nested(1000)}}`), []),
  },
  {
    name: 'manifest with a __proto__ key',
    code: 'PKG_MANIFEST_PROTO',
    bytes: () => {
      const text = manifestFor(good).toString().replace('"format": "copkg",', '"format": "copkg",\n  "__proto__": {"polluted": true},');
      return archive(Buffer.from(text), good.map((f) => ({ name: f.path, data: f.data })));
    },
  },
  {
    name: 'manifest with wrong types',
    code: 'PKG_MANIFEST_SCHEMA',
    bytes: () => archive(manifestFor(good, { title: 42 }), good.map((f) => ({ name: f.path, data: f.data }))),
  },
  {
    name: 'unknown format version',
    code: 'PKG_FORMAT_VERSION',
    bytes: () => archive(manifestFor(good, { formatVersion: 99 }), good.map((f) => ({ name: f.path, data: f.data }))),
  },
  {
    name: 'file not listed in the manifest',
    code: 'PKG_UNLISTED_ENTRY',
    bytes: () => archive(manifestFor(good), [...good.map((f) => ({ name: f.path, data: f.data })), { name: 'notes/extra.md', data: Buffer.from('sneaky') }]),
  },
  {
    name: 'listed file missing',
    code: 'PKG_MISSING_ENTRY',
    bytes: () => archive(manifestFor(good), [{ name: NOTE.path, data: NOTE.data }]),
  },
  {
    name: 'one byte changed in an entry',
    code: 'PKG_CHECKSUM',
    bytes: () => {
      const changed = Buffer.from(NOTE.data);
      changed[changed.length - 3] ^= 0x01;
      return archive(manifestFor(good), [{ name: NOTE.path, data: changed }, { name: DOMAINS.path, data: DOMAINS.data }]);
    },
  },
  {
    name: 'signature that does not verify (manifest altered after signing)',
    code: 'PKG_SIGNATURE',
    bytes: () => {
      const k = keyPair();
      const signed = manifestFor(good, {}, k.publicKey);
      const sig = sign(null, signed, k.privateKeyPem).toString('base64');
      const altered = Buffer.from(signed.toString().replace('Circulation practices', 'Circulation practiceZ'));
      return archive(altered, good.map((f) => ({ name: f.path, data: f.data })), sig);
    },
  },
];

/** Writes a case's bytes to dir/<index>.copkg and returns the path. */
export function writeCase(dir: string, index: number, c: HostileCase): string {
  const path = join(dir, `case-${index}.copkg`);
  writeFileSync(path, c.bytes());
  return path;
}
