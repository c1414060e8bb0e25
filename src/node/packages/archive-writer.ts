// Writes a .copkg archive atomically: manifest.json (+ manifest.sig) and entries into a temp file, fsync, rename.
import { createPrivateKey, randomUUID, sign as cryptoSign } from 'node:crypto';
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../common/errors';
import { MANIFEST_PATH, SIGNATURE_PATH, type ManifestEntry, type PackageManifest } from '../../common/packages/manifest-types';
import { EntryDeflater } from './archive-deflate';
import { sha256Hex } from './content-hash';
import { collisionKey, entryPathProblem } from './entry-path';
import { packageLimits, type PackageLimits } from './limits';
import { dosDateTime, encodeEntry, endOfCentralDirectory } from './zip-encode';

export interface PackageEntryData {
  path: string;
  data: Buffer;
}

export interface WritePackageOptions {
  manifest: Omit<PackageManifest, 'entries'>;
  /** Signs the exact manifest.json bytes with this Ed25519 private key (PKCS#8 PEM) into manifest.sig. */
  sign?: { privateKeyPem: string };
  signal?: AbortSignal;
  /** done/total over entries hashed, then one final step for writing and renaming (total = entries + 1). */
  onProgress?(done: number, total: number): void;
  /** Limits the written package must satisfy so that readPackage accepts it (defaults: limits.ts). */
  limits?: Partial<PackageLimits>;
  /** A deflater the caller already added entry data to while rendering them (deflated meanwhile); closed here. */
  deflater?: EntryDeflater;
}

export interface WritePackageResult {
  bytes: number;
  manifest: PackageManifest;
}

/** Extensions whose data is already compressed: stored as-is. */
const STORED_EXT = /\.(png|jpe?g|gif|webp|avif|zip|gz|bz2|xz|7z|mp3|mp4|m4a|webm|ogg|pdf|docx|xlsx|pptx|copkg)$/i;

/** The manifest.json bytes exactly as written (and signed): pretty JSON, UTF-8, trailing newline. */
export function serializeManifest(manifest: PackageManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/** Base64 Ed25519 signature of the manifest bytes. */
export function signManifest(manifestBytes: Buffer, privateKeyPem: string): string {
  return cryptoSign(null, manifestBytes, createPrivateKey(privateKeyPem)).toString('base64');
}

/**
 * Writes the package to `outPath`. The target's folder must exist; an existing target is replaced only when it is a
 * regular file named *.copkg (anything else is refused, so a typo cannot clobber an unrelated file). On failure or
 * cancel (CANCELLED) the temp file is removed and nothing is left at `outPath`'s place that was not there before.
 */
export async function writePackage(outPath: string, entries: readonly PackageEntryData[], opts: WritePackageOptions): Promise<WritePackageResult> {
  const deflater = opts.deflater ?? new EntryDeflater();
  try {
    return await writeArchive(outPath, entries, opts, deflater);
  } finally {
    await deflater.close();
  }
}

async function writeArchive(outPath: string, entries: readonly PackageEntryData[], opts: WritePackageOptions, deflater: EntryDeflater): Promise<WritePackageResult> {
  const limits = packageLimits(opts.limits);
  await checkTarget(outPath);
  checkEntries(entries, limits);
  const cancelled = () => opts.signal?.aborted === true;
  const total = entries.length + 1;
  const listed: ManifestEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (cancelled()) throw new AppError('CANCELLED', 'Export cancelled');
    const e = entries[i];
    listed.push({ path: e.path, size: e.data.length, sha256: sha256Hex(e.data) });
    if (opts.onProgress && (i % 64 === 63 || i === entries.length - 1)) opts.onProgress(i + 1, total);
  }
  const manifest: PackageManifest = { ...opts.manifest, entries: listed };
  const manifestBytes = serializeManifest(manifest);
  if (manifestBytes.length > limits.maxManifestBytes) {
    throw new AppError('PKG_ENTRY_TOO_LARGE', `The manifest would be ${manifestBytes.length} bytes, over the limit of ${limits.maxManifestBytes}`);
  }
  const signature = opts.sign ? signManifest(manifestBytes, opts.sign.privateKeyPem) : null;

  const when = dosDateTime(validDate(manifest.createdAt));
  const items: PackageEntryData[] = [{ path: MANIFEST_PATH, data: manifestBytes }];
  if (signature) items.push({ path: SIGNATURE_PATH, data: Buffer.from(signature, 'ascii') });
  items.push(...entries);

  const packed = await deflateItems(items, limits, deflater, cancelled);

  const tmp = join(dirname(outPath), `.${basename(outPath)}.${randomUUID()}.tmp`);
  let fh: FileHandle | null = null;
  try {
    fh = await open(tmp, 'wx', 0o644);
    const central: Buffer[] = [];
    let offset = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pending.length) await fh!.writev(pending);
      pending = [];
      pendingBytes = 0;
    };
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (cancelled()) throw new AppError('CANCELLED', 'Export cancelled');
      if (offset > 0xf0000000) throw new AppError('PKG_TOTAL_TOO_LARGE', 'The archive would be over 4 GB (ZIP64 is not written)');
      const enc = encodeEntry(item.path, item.data, packed[i], offset, when);
      central.push(enc.central);
      pending.push(...enc.chunks);
      pendingBytes += enc.bytes;
      offset += enc.bytes;
      if (pendingBytes >= 4 * 1024 * 1024 || pending.length >= 900) await flush();
    }
    const cd = Buffer.concat(central);
    pending.push(cd, endOfCentralDirectory(items.length, cd.length, offset));
    await flush();
    await fh.sync();
    const bytes = (await fh.stat()).size;
    await fh.close();
    fh = null;
    if (cancelled()) throw new AppError('CANCELLED', 'Export cancelled');
    await rename(tmp, outPath);
    await syncDir(dirname(outPath));
    opts.onProgress?.(total, total);
    return { bytes, manifest };
  } catch (err) {
    await fh?.close().catch(() => undefined);
    await rm(tmp, { force: true });
    if (cancelled()) throw new AppError('CANCELLED', 'Export cancelled');
    throw err;
  }
}

async function checkTarget(outPath: string): Promise<void> {
  const dir = await lstat(dirname(outPath)).catch(() => null);
  if (!dir?.isDirectory()) throw new AppError('NOT_FOUND', `The folder of ${outPath} does not exist`);
  const existing = await lstat(outPath).catch(() => null);
  if (!existing) return;
  if (!existing.isFile()) throw new AppError('INVALID_INPUT', `${outPath} exists and is not a regular file`);
  if (!/\.copkg$/i.test(outPath)) throw new AppError('INVALID_INPUT', `${outPath} exists and is not a .copkg file; refusing to overwrite it`);
}

/** The writer refuses anything the reader would refuse: bad names, collisions, reserved names, counts and sizes over the limits. */
function checkEntries(entries: readonly PackageEntryData[], limits: PackageLimits): void {
  if (entries.length + 2 > limits.maxEntries) throw new AppError('PKG_TOO_MANY_ENTRIES', `${entries.length} entries is over the limit of ${limits.maxEntries - 2}`);
  const keys = new Set<string>([collisionKey(MANIFEST_PATH), collisionKey(SIGNATURE_PATH)]);
  let totalBytes = 0;
  for (const e of entries) {
    const problem = entryPathProblem(e.path, limits.maxPathBytes);
    if (problem) throw new AppError(problem.code, problem.message);
    const key = collisionKey(e.path);
    if (keys.has(key)) throw new AppError('PKG_NAME_COLLISION', `Entry ${JSON.stringify(e.path)} collides with another entry or a reserved name`);
    keys.add(key);
    if (e.data.length > limits.maxEntryBytes) throw new AppError('PKG_ENTRY_TOO_LARGE', `Entry ${e.path} is ${e.data.length} bytes, over the limit of ${limits.maxEntryBytes}`);
    totalBytes += e.data.length;
  }
  if (totalBytes > limits.maxTotalBytes) throw new AppError('PKG_TOTAL_TOO_LARGE', `The package would hold ${totalBytes} bytes, over the limit of ${limits.maxTotalBytes}`);
}

/** Whether the entry is deflated at all: already-compressed media and manifest.sig are stored. */
const deflatable = (e: PackageEntryData): boolean => e.path !== SIGNATURE_PATH && !STORED_EXT.test(e.path);

/**
 * Raw deflates of the items (both cores, see archive-deflate; `deflater` may already hold some of them), null to
 * store one: not deflatable, or its deflate would exceed the reader's ratio limit.
 */
async function deflateItems(items: readonly PackageEntryData[], limits: PackageLimits, deflater: EntryDeflater, cancelled: () => boolean): Promise<(Buffer | null)[]> {
  for (const e of items) if (deflatable(e)) deflater.add(e.data);
  await deflater.finish(cancelled);
  if (cancelled()) throw new AppError('CANCELLED', 'Export cancelled');
  return items.map((e) => {
    if (!deflatable(e)) return null;
    const out = deflater.deflated(e.data);
    if (!out) throw new AppError('INTERNAL', `Entry ${e.path} was not deflated`);
    const size = e.data.length;
    return size > limits.ratioMinBytes && size / Math.max(out.length, 1) > limits.maxCompressionRatio ? null : out;
  });
}

function validDate(iso: string): Date {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r').catch(() => null);
  if (!fh) return;
  try {
    await fh.sync();
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic.
  } finally {
    await fh.close();
  }
}
