// Reads and atomically writes the persisted search index (<workspace>/.copw/search-index.json) with its fingerprint.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export const INDEX_DIR = '.copw';
export const INDEX_FILE = 'search-index.json';
/** Bumped whenever the index layout or its options change, so old files are rebuilt. */
export const INDEX_FORMAT = 4;

/** What the saved index reflects: the change-log position and how many notes it held. */
export interface IndexFingerprint {
  format: number;
  seq: number;
  docCount: number;
}

export function indexPath(workspaceDir: string): string {
  return join(workspaceDir, INDEX_DIR, INDEX_FILE);
}

/** File layout: one JSON header line (the fingerprint), then the MiniSearch JSON. */
function encode(fp: IndexFingerprint, indexJson: string): string {
  return JSON.stringify(fp) + '\n' + indexJson;
}

/** Returns the fingerprint and index JSON, or null when the file is missing, unreadable or malformed. */
export function readIndexFile(path: string): { fingerprint: IndexFingerprint; indexJson: string } | null {
  if (!existsSync(path)) return null;
  try {
    const text = readFileSync(path, 'utf8');
    const nl = text.indexOf('\n');
    if (nl < 0) return null;
    const fp = JSON.parse(text.slice(0, nl)) as Partial<IndexFingerprint>;
    if (fp.format !== INDEX_FORMAT || typeof fp.seq !== 'number' || typeof fp.docCount !== 'number') return null;
    return { fingerprint: fp as IndexFingerprint, indexJson: text.slice(nl + 1) };
  } catch {
    return null;
  }
}

function tempName(path: string): string {
  return `${path}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Writes the file through a temporary name and renames it into place (never a half-written index). */
export function writeIndexFileSync(path: string, fp: IndexFingerprint, indexJson: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempName(path);
  try {
    writeFileSync(tmp, encode(fp, indexJson));
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

export async function writeIndexFile(path: string, fp: IndexFingerprint, indexJson: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempName(path);
  try {
    await writeFile(tmp, encode(fp, indexJson));
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
