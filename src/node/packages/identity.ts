// This workspace's Ed25519 identity (created on first use) and the trusted-keys list used to label package signatures.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { TrustedKey } from '../../common/api/methods/packages';
import { AppError } from '../../common/errors';
import type { TrustedKeyRef } from './archive-reader';
import { keyIdOf, parsePublicKey } from './signature';

export interface Identity {
  keyId: string;
  /** SPKI DER, base64 (as written in manifest.creator.publicKey and printed by `copw keys show`). */
  publicKey: string;
  /** PKCS#8 PEM; never leaves the workspace. */
  privateKeyPem: string;
  memberId: string | null;
  /** Who signs: the identity's member name, else the workspace name. */
  name: string;
  createdAt: string;
}

interface IdentityRow {
  key_id: string;
  public_key: string;
  private_key: string;
  member_id: string | null;
  created_at: string;
}

/** The identity if one exists, without creating it (read-only callers, e.g. inspect). */
export function findIdentity(db: Database): Identity | null {
  const row = db.prepare('SELECT key_id, public_key, private_key, member_id, created_at FROM identity WHERE id = 1').get() as IdentityRow | undefined;
  return row ? toIdentity(db, row) : null;
}

/** The identity, generating and storing a new Ed25519 key pair on first use. */
export function ensureIdentity(db: Database, now: string): Identity {
  const existing = findIdentity(db);
  if (existing) return existing;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const priv = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  db.prepare('INSERT OR IGNORE INTO identity (id, key_id, public_key, private_key, member_id, created_at) VALUES (1, ?, ?, ?, NULL, ?)').run(keyIdOf(pub), pub, priv, now);
  return findIdentity(db) as Identity;
}

function toIdentity(db: Database, row: IdentityRow): Identity {
  const member = row.member_id ? (db.prepare('SELECT name FROM members WHERE id = ?').pluck().get(row.member_id) as string | undefined) : undefined;
  const workspaceName = db.prepare("SELECT value FROM meta WHERE key = 'name'").pluck().get() as string | undefined;
  return {
    keyId: row.key_id,
    publicKey: row.public_key,
    privateKeyPem: row.private_key,
    memberId: row.member_id,
    name: member ?? workspaceName ?? 'Workspace',
    createdAt: row.created_at,
  };
}

export function listTrustedKeys(db: Database): TrustedKey[] {
  return db
    .prepare('SELECT key_id AS keyId, name, public_key AS publicKey, trusted_at AS trustedAt FROM trusted_keys ORDER BY name COLLATE NOCASE, key_id')
    .all() as TrustedKey[];
}

/** The trusted keys in the form readPackage takes. */
export function trustedKeyRefs(db: Database): TrustedKeyRef[] {
  return listTrustedKeys(db).map(({ keyId, name, publicKey }) => ({ keyId, name, publicKey }));
}

/** Trusts a public key (any text form parsePublicKeyText accepts) under `name`; trusting it again renames it. */
export function trustKey(db: Database, publicKeyText: string, name: string, now: string): TrustedKey {
  const publicKey = parsePublicKeyText(publicKeyText);
  const keyId = keyIdOf(publicKey);
  const trimmed = name.trim();
  if (!trimmed) throw new AppError('INVALID_INPUT', 'A trusted key needs a name');
  db.prepare(
    'INSERT INTO trusted_keys (key_id, public_key, name, trusted_at) VALUES (?, ?, ?, ?) ON CONFLICT(key_id) DO UPDATE SET name = excluded.name, public_key = excluded.public_key',
  ).run(keyId, publicKey, trimmed, now);
  return db.prepare('SELECT key_id AS keyId, name, public_key AS publicKey, trusted_at AS trustedAt FROM trusted_keys WHERE key_id = ?').get(keyId) as TrustedKey;
}

/** Removes a trusted key; NOT_FOUND when it was not trusted. */
export function untrustKey(db: Database, keyId: string): void {
  const { changes } = db.prepare('DELETE FROM trusted_keys WHERE key_id = ?').run(keyId);
  if (changes === 0) throw new AppError('NOT_FOUND', `No trusted key with id ${keyId}`);
}

/**
 * Extracts an Ed25519 public key (base64 SPKI DER) from text: a bare base64 key, a PEM "PUBLIC KEY" block, JSON with a
 * publicKey field (`copw keys show --json`), or the plain `copw keys show` output ("Public key: …" line).
 */
export function parsePublicKeyText(text: string): string {
  const trimmed = text.trim();
  const pem = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/.exec(trimmed);
  if (pem) {
    try {
      return canonical(createPublicKey(pem[0]).export({ format: 'der', type: 'spki' }).toString('base64'));
    } catch {
      throw new AppError('INVALID_INPUT', 'The PEM block is not a valid public key');
    }
  }
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new AppError('INVALID_INPUT', 'The key text looks like JSON but does not parse');
    }
    const pk = (json as { publicKey?: unknown }).publicKey;
    if (typeof pk !== 'string') throw new AppError('INVALID_INPUT', 'The JSON has no "publicKey" string');
    return canonical(pk);
  }
  const line = /public key:\s*([A-Za-z0-9+/=]+)/i.exec(trimmed);
  if (line) return canonical(line[1]);
  return canonical(trimmed);
}

function canonical(base64: string): string {
  const key = parsePublicKey(base64);
  return key.export({ format: 'der', type: 'spki' }).toString('base64');
}
