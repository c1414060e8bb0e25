// The workspace identity as export needs it: the existing one, or (for signing) one created on first use.
import type { Database } from 'better-sqlite3';
import { ensureIdentity, findIdentity } from '../identity';
import type { ExportIdentity } from './export-package';

export function exportIdentity(db: Database, create: boolean, now: string): ExportIdentity | null {
  const id = create ? ensureIdentity(db, now) : findIdentity(db);
  return id ? { keyId: id.keyId, publicKey: id.publicKey, privateKeyPem: id.privateKeyPem, memberId: id.memberId } : null;
}
