// Staged package files for UIs that cannot hand over file paths (browser host, drag-and-drop): uploads arrive in
// ordered chunks, exports are written here and read back in chunks. Ids are opaque; files live in one private
// temp folder removed when the services close.
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../common/errors';
import { DEFAULT_PACKAGE_LIMITS } from './limits';

/** Bytes per chunk, both ways (a base64 chunk stays well under the HTTP host's request limit). */
export const STAGING_CHUNK_BYTES = 2 * 1024 * 1024;
/** Staged files a workspace session keeps at once; the oldest finished ones are dropped beyond this. */
const MAX_STAGED = 16;

interface Staged {
  kind: 'upload' | 'download';
  path: string;
  fileName: string;
  size: number;
  received: number;
  createdAt: number;
}

export class StagingArea {
  private dir: string | null = null;
  private readonly staged = new Map<string, Staged>();

  constructor(private readonly maxBytes: number = DEFAULT_PACKAGE_LIMITS.maxTotalBytes) {}

  private folder(): string {
    this.dir ??= mkdtempSync(join(tmpdir(), 'copw-staging-'));
    return this.dir;
  }

  private add(kind: Staged['kind'], fileName: string, size: number): string {
    if (this.staged.size >= MAX_STAGED) {
      const oldest = [...this.staged.entries()].sort((a, b) => a[1].createdAt - b[1].createdAt)[0];
      if (oldest) this.release(oldest[0]);
    }
    const id = `${kind === 'upload' ? 'up' : 'down'}-${randomBytes(12).toString('hex')}`;
    const path = join(this.folder(), `${id}.copkg`);
    closeSync(openSync(path, 'wx', 0o600));
    this.staged.set(id, { kind, path, fileName, size, received: 0, createdAt: Date.now() });
    return id;
  }

  private get(id: string, kind: Staged['kind']): Staged {
    const s = this.staged.get(id);
    if (!s || s.kind !== kind) {
      throw new AppError('NOT_FOUND', `No ${kind === 'upload' ? 'uploaded package' : 'exported package'} with id ${id} (it may have been released)`);
    }
    return s;
  }

  beginUpload(fileName: string, size: number): string {
    if (!Number.isSafeInteger(size) || size <= 0) throw new AppError('INVALID_INPUT', `A package upload needs a positive size, got ${size}`);
    if (size > this.maxBytes) throw new AppError('PKG_TOTAL_TOO_LARGE', `The package is ${size} bytes; the limit is ${this.maxBytes}`);
    return this.add('upload', fileName, size);
  }

  /** Appends one chunk; chunks must arrive in order and never go past the announced size. */
  appendUpload(id: string, offset: number, data: Buffer): number {
    const s = this.get(id, 'upload');
    if (offset !== s.received) throw new AppError('INVALID_INPUT', `Upload ${id}: expected offset ${s.received}, got ${offset}`);
    if (data.length === 0 || data.length > STAGING_CHUNK_BYTES) {
      throw new AppError('INVALID_INPUT', `Upload chunks must be 1 to ${STAGING_CHUNK_BYTES} bytes, got ${data.length}`);
    }
    if (s.received + data.length > s.size) throw new AppError('INVALID_INPUT', `Upload ${id} is longer than the announced ${s.size} bytes`);
    const fd = openSync(s.path, 'r+');
    try {
      writeSync(fd, data, 0, data.length, offset);
    } finally {
      closeSync(fd);
    }
    s.received += data.length;
    return s.received;
  }

  /** The file of a complete upload. */
  uploadPath(id: string): string {
    const s = this.get(id, 'upload');
    if (s.received !== s.size) throw new AppError('INVALID_INPUT', `Upload ${id} is incomplete: ${s.received} of ${s.size} bytes received`);
    return s.path;
  }

  /** Reserves a file an export writes to (the writer renames its temp file over it). */
  beginDownload(fileName: string): { id: string; path: string } {
    const id = this.add('download', fileName, 0);
    const s = this.get(id, 'download');
    rmSync(s.path, { force: true });
    return { id, path: s.path };
  }

  readDownload(id: string, offset: number): { data: Buffer; size: number; eof: boolean } {
    const s = this.get(id, 'download');
    const size = statSync(s.path).size;
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > size) throw new AppError('INVALID_INPUT', `Offset ${offset} is outside the package (${size} bytes)`);
    const fd = openSync(s.path, 'r');
    try {
      const length = Math.min(STAGING_CHUNK_BYTES, fstatSync(fd).size - offset);
      const data = Buffer.alloc(length);
      const read = length > 0 ? readSync(fd, data, 0, length, offset) : 0;
      return { data: data.subarray(0, read), size, eof: offset + read >= size };
    } finally {
      closeSync(fd);
    }
  }

  /** Deletes a staged file; unknown ids are ignored (release is idempotent). */
  release(id: string): void {
    const s = this.staged.get(id);
    if (!s) return;
    this.staged.delete(id);
    rmSync(s.path, { force: true });
  }

  dispose(): void {
    this.staged.clear();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}
