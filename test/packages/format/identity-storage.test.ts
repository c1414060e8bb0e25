// Migration 007, workspace id, content hash, identity keys and trust list, task registry, and the keys/inspect/cancel handlers.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, LATEST_SCHEMA_VERSION } from '../../../src/node/db/migrations';
import { noteContentHash } from '../../../src/node/packages/content-hash';
import { ensureIdentity, findIdentity, parsePublicKeyText } from '../../../src/node/packages/identity';
import { keyIdOf } from '../../../src/node/packages/signature';
import { cancelTask, isTaskRunning, startTask } from '../../../src/node/packages/task-registry';
import { existingWorkspaceId, workspaceId } from '../../../src/node/packages/workspace-id';
import { writePackage } from '../../../src/node/packages/archive-writer';
import { createInProcessClient } from '../../../src/node/transport/in-process';
import { useTempDirs } from '../../helpers/temp-dir';
import { demoWorkspace, openServices } from '../../helpers/workspace';
import { baseManifest, keyPair, NOTE, HOSTILE_CASES, writeCase } from './package-fixtures';

const tempDir = useTempDirs();

describe('migration 007 and workspace id', () => {
  it('creates the package tables on top of version 6 and is the latest version', () => {
    const db = new Database(join(tempDir('m7'), 'w.db'));
    try {
      expect(migrate(db, MIGRATIONS.slice(0, 6))).toBe(6);
      expect(migrate(db, MIGRATIONS.slice(0, 7))).toBe(7);
      expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['identity', 'trusted_keys', 'provenance', 'exported_packages', 'sharing_events']));
      expect(() => db.prepare("INSERT INTO identity (id, key_id, public_key, private_key, created_at) VALUES (2, 'k', 'p', 'q', 'x')").run()).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO sharing_events (kind, package_id, package_version, from_name, from_workspace, note_ids, at) VALUES ('gift', 'p', 1, 'a', 'w', '[]', 'x')").run()).toThrow(/CHECK/);

      expect(existingWorkspaceId(db)).toBeNull();
      const id = workspaceId(db);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(workspaceId(db)).toBe(id);
      expect(existingWorkspaceId(db)).toBe(id);
    } finally {
      db.close();
    }
  });
});

describe('noteContentHash', () => {
  const base = { title: 'T', body: 'B', kind: 'practice', stage: 'share', tags: ['b', 'a'], aliases: ['y', 'x'], authorIds: ['m1', 'm2'] };
  it('ignores tag/alias order but not content or author order', () => {
    const h = noteContentHash(base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(noteContentHash({ ...base, tags: ['a', 'b'], aliases: ['x', 'y'] })).toBe(h);
    expect(noteContentHash({ ...base, body: 'B ' })).not.toBe(h);
    expect(noteContentHash({ ...base, stage: 'identify' })).not.toBe(h);
    expect(noteContentHash({ ...base, authorIds: ['m2', 'm1'] })).not.toBe(h);
  });
});

describe('identity', () => {
  it('creates one Ed25519 identity on first use and keeps it; parses every printed key form', () => {
    const db = new Database(join(tempDir('id'), 'w.db'));
    try {
      migrate(db);
      expect(findIdentity(db)).toBeNull();
      const id = ensureIdentity(db, '2026-11-22T10:00:00.000Z');
      expect(id.keyId).toBe(keyIdOf(id.publicKey));
      expect(id.privateKeyPem).toContain('BEGIN PRIVATE KEY');
      expect(ensureIdentity(db, 'later')).toEqual(id);
      const printed = `Key id: ${id.keyId}\nName: W\nPublic key: ${id.publicKey}\n`;
      expect(parsePublicKeyText(printed)).toBe(id.publicKey);
      expect(parsePublicKeyText(JSON.stringify({ keyId: id.keyId, publicKey: id.publicKey }))).toBe(id.publicKey);
      expect(parsePublicKeyText(`  ${id.publicKey}\n`)).toBe(id.publicKey);
      expect(() => parsePublicKeyText('Public key: AAAA')).toThrow(/public key/i);
    } finally {
      db.close();
    }
  });
});

describe('task registry', () => {
  it('aborts a running task by id and refuses a duplicate id', () => {
    const t = startTask('task-1');
    expect(() => startTask('task-1')).toThrow(/already running/);
    expect(cancelTask('task-1')).toBe(true);
    expect(t.signal.aborted).toBe(true);
    expect(isTaskRunning('task-1')).toBe(false);
    expect(cancelTask('task-1')).toBe(false);
    const u = startTask('task-2');
    u.done();
    expect(isTaskRunning('task-2')).toBe(false);
  });
});

describe('keys and inspect handlers', () => {
  it('show/trust/list/untrust, inspect labels trust and refuses hostile packages without writing, cancel aborts', async () => {
    const dir = tempDir('handlers');
    const ws = demoWorkspace(dir);
    const services = openServices(ws);
    try {
      const client = createInProcessClient(services);
      const me = await client.call('keys.show', {});
      expect(me.keyId).toBe(keyIdOf(me.publicKey));
      expect(await client.call('keys.show', {})).toEqual(me);

      const alice = keyPair();
      const pkg = join(dir, 'a.copkg');
      await writePackage(pkg, [NOTE], { manifest: baseManifest(alice.publicKey), sign: { privateKeyPem: alice.privateKeyPem } });
      expect((await client.call('packages.inspect', { path: pkg })).signature.state).toBe('unknown-key');
      const trusted = await client.call('keys.trust', { publicKey: alice.publicKey, name: 'Alice' });
      expect(trusted).toMatchObject({ keyId: keyIdOf(alice.publicKey), name: 'Alice', trustedAt: '2026-11-22T10:00:00.000Z' });
      expect(await client.call('keys.list', {})).toEqual([trusted]);
      const inspected = await client.call('packages.inspect', { path: pkg });
      expect(inspected.signature).toEqual({ state: 'trusted', keyId: trusted.keyId, name: 'Alice' });
      expect(inspected.manifest.entries.map((e) => e.path)).toEqual([NOTE.path]);
      await expect(client.call('keys.trust', { publicKey: 'not a key', name: 'X' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await client.call('keys.untrust', { keyId: trusted.keyId });
      expect(await client.call('keys.list', {})).toEqual([]);
      await expect(client.call('keys.untrust', { keyId: trusted.keyId })).rejects.toMatchObject({ code: 'NOT_FOUND' });

      const hostileDir = tempDir('h');
      const i = HOSTILE_CASES.findIndex((c) => c.code === 'PKG_PATH_TRAVERSAL');
      const stats = await client.call('workspace.stats', {});
      await expect(client.call('packages.inspect', { path: writeCase(hostileDir, i, HOSTILE_CASES[i]) })).rejects.toMatchObject({ code: 'PKG_PATH_TRAVERSAL' });
      expect(await client.call('workspace.stats', {})).toEqual(stats);
      expect(readdirSync(hostileDir)).toEqual([`case-${i}.copkg`]);

      const task = startTask('export-42');
      expect(await client.call('packages.cancel', { taskId: 'export-42' })).toBeNull();
      expect(task.signal.aborted).toBe(true);
      expect(await client.call('packages.cancel', { taskId: 'export-42' })).toBeNull();
    } finally {
      services.close();
    }
  });
});
