// Package bytes through the API (browser host and drag-and-drop have no file paths): chunked upload, preview and
// import by uploadId, export into staging and chunked download, release, bad input, clean-up on close.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StagingArea, STAGING_CHUNK_BYTES } from '../../src/node/packages/staging-area';
import { packageFileName } from '../../src/node/packages/export/package-file-name';
import type { ApiClient } from '../../src/common/api/contract';
import { http } from '../contract/transports';
import type { TransportHandle } from '../contract/transports';
import { useTempDirs } from '../helpers/temp-dir';
import { domainId, exportDomain, openSide } from './import/import-fixture';
import type { Side } from './import/import-fixture';

const tmp = useTempDirs();
let root: string;
let a: Side;
let b: Side;
let overHttp: TransportHandle;

/** Uploads bytes in chunks of at most `chunk` bytes over the given client; returns the uploadId. */
async function upload(client: ApiClient, bytes: Buffer, chunk = STAGING_CHUNK_BYTES): Promise<string> {
  const { uploadId } = await client.call('packages.uploadBegin', { fileName: 'x.copkg', size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const r = await client.call('packages.uploadChunk', { uploadId, offset, dataBase64: bytes.subarray(offset, offset + chunk).toString('base64') });
    expect(r.received).toBe(Math.min(offset + chunk, bytes.length));
  }
  return uploadId;
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code?: string }) => e.code ?? String(e));
const stagingFolders = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('copw-staging-')));

beforeAll(async () => {
  root = tmp('transfer');
  a = openSide(root, 'a');
  b = openSide(root, 'b');
  overHttp = await http(b.services);
});

afterAll(async () => {
  await overHttp.close();
  a.services.close();
  b.services.close();
});

describe('package upload', () => {
  it('previews and imports an uploaded package over HTTP exactly as from its path', async () => {
    const pkg = await exportDomain(a, root, 'Circulation', 'v1.copkg');
    const bytes = readFileSync(pkg.path);
    const uploadId = await upload(overHttp.client, bytes, 4096);
    const byUpload = await overHttp.client.call('packages.previewImport', { uploadId });
    const byPath = await b.client.call('packages.previewImport', { path: pkg.path });
    expect(byUpload).toEqual(byPath);
    expect(byUpload.notes.length).toBe(pkg.counts.notes);

    const inspected = await overHttp.client.call('packages.inspect', { uploadId });
    expect(inspected.manifest.packageId).toBe(pkg.packageId);

    const report = await overHttp.client.call('packages.import', { uploadId, strategy: 'keep-mine' });
    expect(report.added).toBe(pkg.counts.notes);
    const again = await b.client.call('packages.import', { uploadId });
    expect(again).toMatchObject({ added: 0, updated: 0, conflicts: 0, unchanged: pkg.counts.notes });

    await overHttp.client.call('packages.release', { id: uploadId });
    expect(await codeOf(b.client.call('packages.previewImport', { uploadId }))).toBe('NOT_FOUND');
  });

  it('hands uploaded bytes to the verifying reader: a corrupt upload is refused with its package code', async () => {
    const uploadId = await upload(b.client, randomBytes(5 * 1024 * 1024 + 17));
    expect(await codeOf(b.client.call('packages.previewImport', { uploadId }))).toBe('PKG_CORRUPT');
  });

  it('refuses out-of-order, oversized, over-long and incomplete uploads, and ambiguous sources', async () => {
    const { uploadId } = await b.client.call('packages.uploadBegin', { fileName: 'p.copkg', size: 10 });
    const chunk = (offset: number, n: number) => b.client.call('packages.uploadChunk', { uploadId, offset, dataBase64: Buffer.alloc(n, 1).toString('base64') });
    expect(await codeOf(chunk(4, 2))).toBe('INVALID_INPUT');
    expect(await codeOf(chunk(0, 11))).toBe('INVALID_INPUT');
    await chunk(0, 6);
    expect(await codeOf(b.client.call('packages.previewImport', { uploadId }))).toBe('INVALID_INPUT');
    expect(await codeOf(b.client.call('packages.uploadChunk', { uploadId, offset: 6, dataBase64: 'not base64!' }))).toBe('INVALID_INPUT');
    expect(await codeOf(b.client.call('packages.previewImport', { uploadId, path: '/tmp/x.copkg' }))).toBe('INVALID_INPUT');
    expect(await codeOf(b.client.call('packages.previewImport', {}))).toBe('INVALID_INPUT');
    expect(await codeOf(b.client.call('packages.uploadBegin', { fileName: 'big.copkg', size: 3 * 1024 ** 3 }))).toBe('PKG_TOTAL_TOO_LARGE');
    expect(await codeOf(b.client.call('packages.uploadChunk', { uploadId: 'up-unknown', offset: 0, dataBase64: 'AA==' }))).toBe('NOT_FOUND');
  });
});

describe('package download', () => {
  it('exports into staging and reads the same bytes back in chunks; release deletes the file', async () => {
    const circulation = await domainId(a, 'Circulation');
    const staged = await a.client.call('packages.export', { selection: { domainIds: [circulation] }, title: 'Circulation: loans & renewals' });
    expect(staged.downloadId).toBeTruthy();
    expect(staged.fileName).toBe('circulation-loans-renewals.copkg');
    expect(existsSync(staged.path)).toBe(true);

    const parts: Buffer[] = [];
    for (let offset = 0, eof = false; !eof; ) {
      const chunk = await a.client.call('packages.download', { downloadId: staged.downloadId as string, offset });
      parts.push(Buffer.from(chunk.dataBase64, 'base64'));
      offset += parts[parts.length - 1].length;
      eof = chunk.eof;
      expect(chunk.size).toBe(statSync(staged.path).size);
    }
    const downloaded = Buffer.concat(parts);
    expect(downloaded.equals(readFileSync(staged.path))).toBe(true);
    const copy = join(root, 'downloaded.copkg');
    writeFileSync(copy, downloaded);
    expect((await b.client.call('packages.inspect', { path: copy })).manifest.packageId).toBe(staged.packageId);

    await a.client.call('packages.release', { id: staged.downloadId as string });
    expect(existsSync(staged.path)).toBe(false);
    expect(await codeOf(a.client.call('packages.download', { downloadId: staged.downloadId as string, offset: 0 }))).toBe('NOT_FOUND');
  });

  it('a failed staged export leaves no staged file behind', async () => {
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('copw-staging-'));
    const files = () => before.flatMap((d) => (existsSync(join(tmpdir(), d)) ? readdirSync(join(tmpdir(), d)) : []));
    const count = files().length;
    expect(await codeOf(a.client.call('packages.export', { selection: { tags: ['no-such-tag-anywhere'] }, title: 'Empty' }))).toBe('INVALID_INPUT');
    expect(files().length).toBe(count);
  });
});

describe('staging area', () => {
  it('reads a large staged file in 2 MiB chunks and removes its folder on dispose', () => {
    const before = stagingFolders();
    const staging = new StagingArea();
    const { id, path } = staging.beginDownload('big.copkg');
    const bytes = randomBytes(2 * STAGING_CHUNK_BYTES + 123);
    writeFileSync(path, bytes);
    const first = staging.readDownload(id, 0);
    expect(first.data.length).toBe(STAGING_CHUNK_BYTES);
    expect(first.eof).toBe(false);
    const last = staging.readDownload(id, 2 * STAGING_CHUNK_BYTES);
    expect(last.data.length).toBe(123);
    expect(last.eof).toBe(true);
    expect(Buffer.concat([first.data, staging.readDownload(id, STAGING_CHUNK_BYTES).data, last.data]).equals(bytes)).toBe(true);
    expect(() => staging.readDownload(id, bytes.length + 1)).toThrow(/outside/);
    const created = [...stagingFolders()].filter((n) => !before.has(n));
    expect(created).toHaveLength(1);
    staging.dispose();
    expect(existsSync(join(tmpdir(), created[0]))).toBe(false);
  });

  it('suggests safe file names', () => {
    expect(packageFileName('Circulation')).toBe('circulation.copkg');
    expect(packageFileName('../../etc/passwd')).toBe('etc-passwd.copkg');
    expect(packageFileName('Sirkulasi — Perpustakaan Kota')).toBe('sirkulasi-perpustakaan-kota.copkg');
    expect(packageFileName('***')).toBe('package.copkg');
    expect(packageFileName('CON')).toBe('con-package.copkg');
  });
});

describe('provenance', () => {
  it('is null for a note made here and names the package for an imported note', async () => {
    const own = b.db.prepare('SELECT id FROM notes WHERE id NOT IN (SELECT note_id FROM provenance) LIMIT 1').pluck().get() as string;
    expect(await b.client.call('packages.provenance', { noteId: own })).toBeNull();
    const imported = b.db.prepare('SELECT note_id, package_id FROM provenance LIMIT 1').get() as { note_id: string; package_id: string };
    const p = await b.client.call('packages.provenance', { noteId: imported.note_id });
    expect(p?.packageId).toBe(imported.package_id);
    expect(p?.creatorName.length).toBeGreaterThan(0);
    expect(p?.packageVersion).toBe(1);
  });
});
