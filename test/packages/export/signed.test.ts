// Signed export: manifest.sig verifies against the workspace identity's public key; the key is created on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, describe, expect, it } from 'vitest';
import { readPackage } from '../../../src/node/packages/archive-reader';
import { findIdentity } from '../../../src/node/packages/identity';
import { verifySignature } from '../../../src/node/packages/signature';
import { useTempDirs } from '../../helpers/temp-dir';
import { CIRCULATION, openDemo, selection } from './export-fixture';

const tmp = useTempDirs();
const root = tmp('copw-export-signed');
const ws = openDemo(root, 'ws');
afterAll(() => ws.services.close());

/** The raw bytes of one entry (manifest.json and manifest.sig are not in readPackage's files). */
function rawEntry(file: string, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(readFileSync(file), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName !== name) return zip.readEntry();
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks)));
        });
      });
      zip.on('end', () => reject(new Error(`${name} not found`)));
      zip.readEntry();
    });
  });
}

describe('signed export', () => {
  it('unsigned export creates no identity; --sign creates one and the signature verifies', async () => {
    const sel = selection({ domainIds: [ws.domainId(CIRCULATION)] });
    const unsigned = await ws.client.call('packages.export', { selection: sel, outPath: join(root, 'u.copkg'), title: 'U' });
    expect(unsigned.signed).toBe(false);
    expect(findIdentity(ws.db)).toBeNull();
    expect((await readPackage(unsigned.path)).manifest.creator.publicKey).toBeNull();

    const signed = await ws.client.call('packages.export', { selection: sel, outPath: join(root, 's.copkg'), title: 'S', sign: true });
    expect(signed.signed).toBe(true);
    const identity = findIdentity(ws.db)!;
    const pkg = await readPackage(signed.path, { trustedKeys: [{ keyId: identity.keyId, name: 'Me' }] });
    expect(pkg.manifest.creator.publicKey).toBe(identity.publicKey);
    expect(pkg.signature).toEqual({ state: 'trusted', keyId: identity.keyId, name: 'Me' });
    const manifestBytes = await rawEntry(signed.path, 'manifest.json');
    const sig = (await rawEntry(signed.path, 'manifest.sig')).toString('ascii');
    expect(verifySignature(manifestBytes, sig, identity.publicKey)).toBe(true);
    const tampered = Buffer.from(manifestBytes);
    tampered[10] ^= 1;
    expect(verifySignature(tampered, sig, identity.publicKey)).toBe(false);
    const event = ws.db.prepare("SELECT from_key FROM sharing_events WHERE package_id = ? AND package_version = ? AND kind = 'export'").pluck().get(signed.packageId, signed.packageVersion);
    expect(event).toBe(identity.keyId);
  });
});
