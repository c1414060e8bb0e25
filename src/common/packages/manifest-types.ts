// The .copkg package manifest (docs/package-format.md): what a package holds, who made it, and each entry's checksum.

export const PACKAGE_FORMAT = 'copkg';
export const PACKAGE_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
/** Base64 Ed25519 signature over the exact bytes of manifest.json (optional). */
export const SIGNATURE_PATH = 'manifest.sig';

/** What produced the package (kept in the manifest so the receiver sees the scope). */
export interface PackageSelection {
  domainIds: string[];
  tags: string[];
  kinds: string[];
  stages: string[];
  planIds: string[];
  noteIds: string[];
  /** Linked notes followed up to this depth (0: only the selected notes). */
  depth: number;
  includeAttachments: boolean;
  /** Notes the exporter removed in the preview. */
  excludedNoteIds: string[];
}

export interface PackageCreator {
  /** The exporting workspace's stable id (meta 'workspaceId'). */
  workspaceId: string;
  memberId: string | null;
  name: string;
  /** Ed25519 public key, SPKI DER in base64; null when unsigned and no identity exists. */
  publicKey: string | null;
}

export interface ManifestEntry {
  /** Forward-slash path inside the archive, e.g. notes/<id>.md. */
  path: string;
  size: number;
  sha256: string;
}

export interface PackageManifest {
  format: typeof PACKAGE_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** Stable across re-exports of the same selection from the same workspace. */
  packageId: string;
  /** 1 for the first export, +1 for each re-export of the same package. */
  packageVersion: number;
  title: string;
  description: string;
  createdAt: string;
  creator: PackageCreator;
  selection: PackageSelection;
  counts: { notes: number; attachments: number; domains: number; members: number; plans: number; templates: number };
  entries: ManifestEntry[];
}

/** A note as stored in notes/<id>.json (lossless: the stored Markdown body plus every field). */
export interface PackageNote {
  id: string;
  /** Where the note was first written: its origin workspace and id there (kept through re-sharing). */
  origin: { workspaceId: string; noteId: string };
  title: string;
  domainId: string;
  kind: string;
  stage: string;
  lang: string;
  tags: string[];
  aliases: string[];
  authorIds: string[];
  body: string;
  createdAt: string;
  updatedAt: string;
  /** sha256 of the note's content fields (title, body, kind, stage, tags, aliases, authors) for change detection. */
  contentHash: string;
}

export type SignatureStatus =
  | { state: 'unsigned' }
  | { state: 'trusted'; keyId: string; name: string }
  | { state: 'unknown-key'; keyId: string; name: string };
