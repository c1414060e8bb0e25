// Opening and creating workspace folders: one SQLite file (WAL, foreign keys) plus an attachments folder.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';

export const DB_FILE = 'workspace.copw.db';
export const ATTACHMENTS_DIR = 'attachments';
/** SQLite application_id marking a CoP Workbench database ("CoPW"). */
export const APPLICATION_ID = 0x436f5057;

export interface DbOptions {
  /** Path of a better-sqlite3 native addon built for another runtime (Electron). */
  nativeBinding?: string;
}

function sqlite(file: string, opts: DbOptions, readonly = false): Db {
  return new Database(file, {
    readonly,
    fileMustExist: true,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

/** Checks a workspace folder without writing anything; throws a specific AppError when it is not usable. */
export function inspectWorkspace(dir: string, opts: DbOptions = {}): { dbPath: string; schemaVersion: number } {
  const root = resolve(dir);
  if (!existsSync(root)) throw new AppError('WORKSPACE_NOT_FOUND', `Workspace folder does not exist: ${root}`);
  if (!statSync(root).isDirectory()) throw new AppError('NOT_A_WORKSPACE', `Not a folder: ${root}`);
  const dbPath = join(root, DB_FILE);
  if (!existsSync(dbPath)) {
    throw new AppError('NOT_A_WORKSPACE', `${root} is not a CoP Workbench workspace (no ${DB_FILE}); create one with "copw init"`);
  }
  if (!statSync(dbPath).isFile() || !hasSqliteHeader(dbPath)) {
    throw new AppError('WORKSPACE_CORRUPT', `${dbPath} is not a SQLite database (damaged or replaced); it was left untouched`);
  }
  let db: Db | null = null;
  try {
    db = sqlite(dbPath, opts, true);
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (appId !== APPLICATION_ID) {
      throw new AppError('NOT_A_WORKSPACE', `${dbPath} is a SQLite database but not a CoP Workbench workspace; it was left untouched`);
    }
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'WORKSPACE_TOO_NEW',
        `This workspace was written by a newer CoP Workbench (schema ${version}; this app knows up to ${LATEST_SCHEMA_VERSION}). Update the app to open it.`,
      );
    }
    return { dbPath, schemaVersion: version };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('WORKSPACE_CORRUPT', `${dbPath} cannot be read (${(err as Error).message}); it was left untouched`);
  } finally {
    db?.close();
  }
}

/** Opens an existing workspace, migrating it to the latest schema. */
export function openWorkspaceDb(dir: string, opts: DbOptions = {}): Db {
  const { dbPath } = inspectWorkspace(dir, opts);
  const db = sqlite(dbPath, opts);
  try {
    configure(db);
    migrate(db);
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    throw new AppError('WORKSPACE_CORRUPT', `${dbPath} could not be opened for writing (${(err as Error).message})`);
  }
  mkdirSync(join(resolve(dir), ATTACHMENTS_DIR), { recursive: true });
  return db;
}

/**
 * Creates a new workspace in an empty or missing folder. The database is built in a temporary file
 * (schema plus whatever `fill` writes, in one transaction) and renamed into place only when complete.
 */
export function createWorkspaceDb(dir: string, fill: (db: Db) => void, opts: DbOptions = {}): void {
  const root = resolve(dir);
  if (existsSync(root)) {
    if (!statSync(root).isDirectory()) throw new AppError('WORKSPACE_EXISTS', `${root} exists and is not a folder`);
    if (existsSync(join(root, DB_FILE))) throw new AppError('WORKSPACE_EXISTS', `${root} is already a workspace`);
    const entries = readdirSync(root).filter((e) => e !== '.DS_Store');
    if (entries.length > 0) {
      throw new AppError('WORKSPACE_EXISTS', `${root} is not empty; choose an empty or new folder for a workspace`);
    }
  }
  mkdirSync(root, { recursive: true });
  const tmp = join(root, `.${DB_FILE}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const db = new Database(tmp, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
    try {
      db.pragma('journal_mode = DELETE');
      db.pragma('foreign_keys = ON');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db);
      db.transaction(() => fill(db))();
    } finally {
      db.close();
    }
    renameSync(tmp, join(root, DB_FILE));
  } catch (err) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    throw err;
  }
  mkdirSync(join(root, ATTACHMENTS_DIR), { recursive: true });
}
