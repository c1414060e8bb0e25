// Limits a .copkg archive must stay within to be read at all (zip bombs, entry floods, deep manifests).

export interface PackageLimits {
  /** Entries in the central directory, manifest included. */
  maxEntries: number;
  /** Uncompressed bytes of one entry (manifest.json has its own limit). */
  maxEntryBytes: number;
  /** Uncompressed bytes of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed/compressed ratio allowed for entries whose uncompressed size is over ratioMinBytes. */
  maxCompressionRatio: number;
  ratioMinBytes: number;
  /** Uncompressed bytes of manifest.json. */
  maxManifestBytes: number;
  /** Nesting depth of arrays/objects in manifest.json. */
  maxManifestDepth: number;
  /** Bytes of a path inside the archive. */
  maxPathBytes: number;
}

export const DEFAULT_PACKAGE_LIMITS: Readonly<PackageLimits> = Object.freeze({
  maxEntries: 60_000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioMinBytes: 1024 * 1024,
  maxManifestBytes: 20 * 1024 * 1024,
  maxManifestDepth: 32,
  maxPathBytes: 1024,
});

export function packageLimits(overrides: Partial<PackageLimits> = {}): PackageLimits {
  return { ...DEFAULT_PACKAGE_LIMITS, ...overrides };
}
