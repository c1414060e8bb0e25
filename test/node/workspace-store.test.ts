// Workspace folders on real SQLite files: creation, migrations, and refusal of folders we must not touch.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/common/errors';
import { APPLICATION_ID, ATTACHMENTS_DIR, DB_FILE, createWorkspaceDb, openWorkspaceDb } from '../../src/node/db/open-workspace';
import { LATEST_SCHEMA_VERSION, migrate } from '../../src/node/db/migrations';
import type { Migration } from '../../src/node/db/migrations';
import { createWorkspace } from '../../src/node/services/create-services';
import { useTempDirs } from '../helpers/temp-dir';
import { RESOURCES_DIR } from '../helpers/workspace';

const tempDir = useTempDirs();

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return `${(err as AppError).code}: ${(err as AppError).message}`;
  }
  throw new Error('expected an error');
}

describe('workspace store', () => {
  it('creates a workspace: WAL, foreign keys, schema version, application id, attachments folder', () => {
    const dir = join(tempDir(), 'new');
    createWorkspace(dir, { demo: false, resourcesDir: RESOURCES_DIR, name: 'Test CoP' });
    expect(statSync(join(dir, ATTACHMENTS_DIR)).isDirectory()).toBe(true);
    const db = openWorkspaceDb(dir);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.prepare("SELECT value FROM meta WHERE key = 'name'").pluck().get()).toBe('Test CoP');
      expect(() => db.prepare("INSERT INTO notes (id, title, title_key, domain_id, kind, stage, created_at, updated_at) VALUES ('n', 't', 't', 'nope', 'story', 'share', '', '')").run()).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('applies numbered migrations in order, each once', () => {
    const file = join(tempDir(), 'm.db');
    const db = new Database(file);
    const applied: number[] = [];
    const steps: Migration[] = [1, 2, 3].map((version) => ({
      version,
      name: `m${version}`,
      up: (d) => {
        applied.push(version);
        d.exec(`CREATE TABLE t${version} (x)`);
      },
    }));
    expect(migrate(db, steps.slice(0, 2))).toBe(2);
    expect(migrate(db, steps)).toBe(3);
    expect(applied).toEqual([1, 2, 3]);
    db.close();
  });

  it('rolls back a failing migration and keeps the old version', () => {
    const db = new Database(join(tempDir(), 'fail.db'));
    const bad: Migration = { version: 1, name: 'bad', up: (d) => { d.exec('CREATE TABLE half (x)'); d.exec('THIS IS NOT SQL'); } };
    expect(() => migrate(db, [bad])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a workspace written by a newer app version, without changing it', () => {
    const dir = join(tempDir(), 'newer');
    createWorkspace(dir, { demo: false, resourcesDir: RESOURCES_DIR });
    const db = new Database(join(dir, DB_FILE));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const before = readFileSync(join(dir, DB_FILE));
    expect(codeOf(() => openWorkspaceDb(dir))).toMatch(/^WORKSPACE_TOO_NEW: .*newer CoP Workbench/);
    expect(readFileSync(join(dir, DB_FILE)).equals(before)).toBe(true);
  });

  it('refuses a folder that is not a workspace and does not create anything in it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(codeOf(() => openWorkspaceDb(dir))).toMatch(/^NOT_A_WORKSPACE: .*copw init/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(codeOf(() => openWorkspaceDb(join(dir, 'missing')))).toMatch(/^WORKSPACE_NOT_FOUND/);
  });

  it('refuses a foreign SQLite database without touching it', () => {
    const dir = tempDir();
    const other = new Database(join(dir, DB_FILE));
    other.exec('CREATE TABLE foreign_data (x); INSERT INTO foreign_data VALUES (1)');
    other.close();
    const before = readFileSync(join(dir, DB_FILE));
    expect(codeOf(() => openWorkspaceDb(dir))).toMatch(/^NOT_A_WORKSPACE: .*not a CoP Workbench workspace/);
    expect(readFileSync(join(dir, DB_FILE)).equals(before)).toBe(true);
  });

  it('reports a corrupt database file clearly and never overwrites it', () => {
    const garbage = join(tempDir(), 'garbage');
    mkdirSync(garbage);
    writeFileSync(join(garbage, DB_FILE), 'this is not a database at all, just text '.repeat(200));
    const before = readFileSync(join(garbage, DB_FILE));
    expect(codeOf(() => openWorkspaceDb(garbage))).toMatch(/^WORKSPACE_CORRUPT: .*not a SQLite database.*untouched/);
    expect(readFileSync(join(garbage, DB_FILE)).equals(before)).toBe(true);
    expect(existsSync(join(garbage, ATTACHMENTS_DIR))).toBe(false);

    // A real workspace whose pages were damaged after the header.
    const damaged = join(tempDir(), 'damaged');
    createWorkspace(damaged, { demo: true, resourcesDir: RESOURCES_DIR });
    const bytes = readFileSync(join(damaged, DB_FILE));
    bytes.fill(0xab, 100, bytes.length);
    writeFileSync(join(damaged, DB_FILE), bytes);
    expect(codeOf(() => openWorkspaceDb(damaged))).toMatch(/^WORKSPACE_CORRUPT/);
    expect(readFileSync(join(damaged, DB_FILE)).equals(bytes)).toBe(true);
  });

  it('refuses to create a workspace in a non-empty folder or over an existing one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keep.md'), 'x');
    expect(codeOf(() => createWorkspace(dir, { demo: true, resourcesDir: RESOURCES_DIR }))).toMatch(/^WORKSPACE_EXISTS: .*not empty/);
    expect(readdirSync(dir)).toEqual(['keep.md']);
    const ws = join(tempDir(), 'ws');
    createWorkspace(ws, { demo: false, resourcesDir: RESOURCES_DIR });
    expect(codeOf(() => createWorkspace(ws, { demo: false, resourcesDir: RESOURCES_DIR }))).toMatch(/^WORKSPACE_EXISTS: .*already a workspace/);
  });

  it('leaves no database behind when filling a new workspace fails', () => {
    const dir = join(tempDir(), 'half');
    expect(() =>
      createWorkspaceDb(dir, (db) => {
        db.exec("INSERT INTO meta (key, value) VALUES ('name', 'x')");
        throw new Error('demo content broken');
      }),
    ).toThrow(/demo content broken/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
