// Builds refused packages for import tests: valid archives with hostile content, and a tampered entry (yazl by hand).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { PackageManifest, PackageNote } from '../../../src/common/packages/manifest-types';
import { noteContentHash } from '../../../src/node/packages/content-hash';
import { writePackage } from '../../../src/node/packages/archive-writer';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const json = (v: unknown) => Buffer.from(JSON.stringify(v, null, 2));

export function baseManifest(notes: number): Omit<PackageManifest, 'entries'> {
  return {
    format: 'copkg',
    formatVersion: 1,
    appVersion: '0.1.0',
    packageId: 'pkg-hostile',
    packageVersion: 1,
    title: 'Hostile',
    description: '',
    createdAt: '2026-11-22T10:00:00.000Z',
    creator: { workspaceId: 'ws-elsewhere', memberId: null, name: 'Mallory', publicKey: null },
    selection: { domainIds: ['d1'], tags: [], kinds: [], stages: [], planIds: [], noteIds: [], depth: 0, includeAttachments: true, excludedNoteIds: [] },
    counts: { notes, attachments: 0, domains: 1, members: 0, plans: 0, templates: 0 },
  };
}

export function note(id: string, patch: Partial<PackageNote> = {}): PackageNote {
  const n = {
    id,
    origin: { workspaceId: 'ws-elsewhere', noteId: id },
    title: `Hostile ${id}`,
    domainId: 'd1',
    kind: 'practice',
    stage: 'share',
    lang: 'en',
    tags: [],
    aliases: [],
    authorIds: [],
    body: `Body of ${id}`,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...patch,
  };
  return { ...n, contentHash: patch.contentHash ?? noteContentHash(n) };
}

/** A well-formed archive (checksums right) whose content is the given notes and domains. */
export async function contentPackage(path: string, notes: unknown[], domains: unknown = [{ id: 'd1', slug: 'elsewhere', name: 'Elsewhere', description: '' }]): Promise<void> {
  const entries = [
    { path: 'domains.json', data: json(domains) },
    { path: 'members.json', data: json([]) },
    ...notes.map((n, i) => ({ path: `notes/n${i}.json`, data: json(n) })),
  ];
  await writePackage(path, entries, { manifest: baseManifest(notes.length) });
}

/** An archive whose manifest lists the original note, but whose entry was changed after (one byte). */
export async function tamperedPackage(path: string): Promise<void> {
  const original = json(note('t1'));
  const tampered = Buffer.from(original);
  tampered[tampered.length - 3] ^= 1;
  const domains = json([{ id: 'd1', slug: 'elsewhere', name: 'Elsewhere', description: '' }]);
  const members = json([]);
  const manifest = {
    ...baseManifest(1),
    entries: [
      { path: 'domains.json', size: domains.length, sha256: sha(domains) },
      { path: 'members.json', size: members.length, sha256: sha(members) },
      { path: 'notes/t1.json', size: original.length, sha256: sha(original) },
    ],
  };
  const zip = new ZipFile();
  zip.addBuffer(json(manifest), 'manifest.json');
  zip.addBuffer(domains, 'domains.json');
  zip.addBuffer(members, 'members.json');
  zip.addBuffer(tampered, 'notes/t1.json');
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path));
}
