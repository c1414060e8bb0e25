// Ed25519 key ids and manifest signature verification (no database: used by the archive reader).
import { createHash, createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { AppError } from '../../common/errors';

/** Key id: the first 16 hex characters of sha256 over the public key's SPKI DER bytes. */
export function keyIdOf(publicKeyBase64: string): string {
  return createHash('sha256').update(publicKeyDer(publicKeyBase64)).digest('hex').slice(0, 16);
}

/** Parses a base64 SPKI DER Ed25519 public key; INVALID_INPUT when it is not one. */
export function parsePublicKey(publicKeyBase64: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: publicKeyDer(publicKeyBase64), format: 'der', type: 'spki' });
  } catch {
    throw new AppError('INVALID_INPUT', 'Not a valid public key (expected base64 SPKI DER of an Ed25519 key)');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new AppError('INVALID_INPUT', `Not an Ed25519 key (${key.asymmetricKeyType})`);
  return key;
}

/** True when `signatureBase64` is a valid Ed25519 signature of `data` by `publicKeyBase64`; false on any malformed input. */
export function verifySignature(data: Buffer, signatureBase64: string, publicKeyBase64: string): boolean {
  const sigText = signatureBase64.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(sigText)) return false;
  const sig = Buffer.from(sigText, 'base64');
  if (sig.length !== 64) return false;
  try {
    return cryptoVerify(null, data, parsePublicKey(publicKeyBase64), sig);
  } catch {
    return false;
  }
}

function publicKeyDer(publicKeyBase64: string): Buffer {
  const text = publicKeyBase64.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw new AppError('INVALID_INPUT', 'Not a valid public key (expected base64)');
  return Buffer.from(text, 'base64');
}
