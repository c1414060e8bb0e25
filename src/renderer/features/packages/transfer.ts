// Moves package bytes between the renderer and the service in chunks (the same over HTTP and IPC): uploads a picked
// or dropped .copkg file, downloads an exported package as a file, and makes task ids for progress and cancel.
import { api } from '../../state/services';
import { saveBlob } from '../plans/download';

/** Bytes per chunk; the service accepts at most 2 MiB per call. */
const CHUNK_BYTES = 2 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function abortError(): Error {
  return new DOMException('The transfer was cancelled', 'AbortError');
}

/** Uploads a package file; returns the uploadId for packages.previewImport / packages.import (release it when done). */
export async function uploadPackageFile(
  file: Blob & { name?: string },
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  if (file.size === 0) throw new Error(`${file.name ?? 'The file'} is empty`);
  const { uploadId } = await api().call('packages.uploadBegin', { fileName: file.name || 'package.copkg', size: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
      if (signal?.aborted) throw abortError();
      const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
      await api().call('packages.uploadChunk', { uploadId, offset, dataBase64: toBase64(chunk) });
      onProgress?.(Math.min(offset + CHUNK_BYTES, file.size), file.size);
    }
    return uploadId;
  } catch (err) {
    void api().call('packages.release', { id: uploadId }).catch(() => undefined);
    throw err;
  }
}

/** Reads a staged export and saves it through the browser's download (the desktop shows a save dialog); then releases it. */
export async function downloadStaged(downloadId: string, fileName: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  try {
    let offset = 0;
    for (;;) {
      const chunk = await api().call('packages.download', { downloadId, offset });
      const bytes = fromBase64(chunk.dataBase64);
      parts.push(bytes);
      offset += bytes.length;
      onProgress?.(offset, chunk.size);
      if (chunk.eof || bytes.length === 0) break;
    }
  } finally {
    void api().call('packages.release', { id: downloadId }).catch(() => undefined);
  }
  saveBlob(fileName, new Blob(parts, { type: fileName.endsWith('.zip') ? 'application/zip' : 'application/vnd.copw.package+zip' }));
}

/** A fresh id for packages.export / packages.import, matched against task.progress events and packages.cancel. */
export function newTaskId(): string {
  return `task-${crypto.randomUUID()}`;
}
