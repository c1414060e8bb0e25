// API methods of the packages area: .copkg export with preview, verified import with preview, identity keys, HTML mini-site.
import { z } from 'zod';
import { method } from '../method';
import { id } from '../schemas';
import type { PackageManifest, PackageSelection, SignatureStatus } from '../../packages/manifest-types';

const path = z.string().min(1).max(4096);
const ids = z.array(id).max(100_000);
const words = z.array(z.string().trim().min(1).max(200)).max(200);

export const selectionSchema = z
  .object({
    domainIds: ids.default([]),
    tags: words.default([]),
    kinds: words.default([]),
    stages: words.default([]),
    planIds: ids.default([]),
    noteIds: ids.default([]),
    depth: z.number().int().min(0).max(10).default(0),
    includeAttachments: z.boolean().default(true),
    excludedNoteIds: ids.default([]),
  })
  .strict();

export interface ExportPreview {
  notes: { id: string; title: string; domainId: string; kind: string; bytes: number; reason: 'selected' | 'linked' | 'plan-output' }[];
  attachments: { id: string; noteId: string; fileName: string; size: number }[];
  /** Members referenced (authors, plan owners/attendees) and the personal fields that would leave the machine. */
  members: { id: string; name: string; fields: string[] }[];
  domains: { id: string; name: string }[];
  plans: { id: string; title: string }[];
  templates: { id: string; version: number }[];
  /** Uncompressed bytes of everything listed. */
  totalBytes: number;
}

export interface ExportResult {
  path: string;
  packageId: string;
  packageVersion: number;
  counts: PackageManifest['counts'];
  bytes: number;
  signed: boolean;
}

export type ImportStrategy = 'keep-mine' | 'take-theirs' | 'keep-both';

export interface ImportNotePreview {
  /** The note's id in the package. */
  sourceId: string;
  title: string;
  /** new: not here yet; updated: only theirs changed since the last import; conflict: both changed; unchanged. */
  status: 'new' | 'updated' | 'conflict' | 'unchanged';
  localId: string | null;
  mine: { title: string; body: string } | null;
  theirs: { title: string; body: string };
}

export interface ImportPreview {
  manifest: Pick<PackageManifest, 'packageId' | 'packageVersion' | 'title' | 'description' | 'createdAt' | 'creator' | 'counts'>;
  signature: SignatureStatus;
  notes: ImportNotePreview[];
}

export interface ImportReport {
  packageId: string;
  packageVersion: number;
  added: number;
  updated: number;
  conflicts: number;
  unchanged: number;
  /** Conflicts resolved as keep-both (a copy of theirs was added next to mine). */
  keptBoth: number;
  dryRun: boolean;
}

export interface TrustedKey {
  keyId: string;
  name: string;
  publicKey: string;
  trustedAt: string;
}

export const PACKAGES_API = {
  /** Exactly what an export with this selection would write, before anything is written. */
  'packages.previewExport': method<z.ZodType<{ selection: Partial<PackageSelection> }>, ExportPreview>(
    z.object({ selection: selectionSchema }).strict(),
  ),
  /** Writes the package (temp file then rename); progress as task.progress with the given taskId; cancellable. */
  'packages.export': method<
    z.ZodType<{ selection: Partial<PackageSelection>; outPath: string; title: string; description?: string; sign?: boolean; taskId?: string }>,
    ExportResult
  >(
    z
      .object({
        selection: selectionSchema,
        outPath: path,
        title: z.string().trim().min(1).max(300),
        description: z.string().max(10_000).default(''),
        sign: z.boolean().default(false),
        taskId: id.optional(),
      })
      .strict(),
  ),
  /** Cancels a running export or import (by its taskId). */
  'packages.cancel': method<z.ZodType<{ taskId: string }>, null>(z.object({ taskId: id }).strict()),
  /** Reads and verifies a package (checksums, signature) without writing anything. */
  'packages.inspect': method<z.ZodType<{ path: string }>, { manifest: PackageManifest; signature: SignatureStatus }>(z.object({ path }).strict()),
  /** Verifies the package, then classifies every note against this workspace (nothing is written). */
  'packages.previewImport': method<z.ZodType<{ path: string }>, ImportPreview>(z.object({ path }).strict()),
  /** Imports in one transaction; `choices` overrides the strategy per package note id. */
  'packages.import': method<
    z.ZodType<{ path: string; strategy?: ImportStrategy; choices?: Record<string, ImportStrategy>; dryRun?: boolean; taskId?: string }>,
    ImportReport
  >(
    z
      .object({
        path,
        strategy: z.enum(['keep-mine', 'take-theirs', 'keep-both']).default('keep-mine'),
        choices: z.record(id, z.enum(['keep-mine', 'take-theirs', 'keep-both'])).default({}),
        dryRun: z.boolean().default(false),
        taskId: id.optional(),
      })
      .strict(),
  ),
  /** This workspace's identity (created on first use): key id, public key, member name. */
  'keys.show': method<z.ZodType<Record<string, never>>, { keyId: string; publicKey: string; name: string }>(z.object({}).strict()),
  'keys.list': method<z.ZodType<Record<string, never>>, TrustedKey[]>(z.object({}).strict()),
  'keys.trust': method<z.ZodType<{ publicKey: string; name: string }>, TrustedKey>(
    z.object({ publicKey: z.string().min(1).max(1000), name: z.string().trim().min(1).max(200) }).strict(),
  ),
  'keys.untrust': method<z.ZodType<{ keyId: string }>, null>(z.object({ keyId: id }).strict()),
  /** A static offline HTML mini-site (one folder, index per domain, links, images, client-side search). */
  'packages.exportHtml': method<z.ZodType<{ outDir: string; domainIds?: string[] }>, { outDir: string; notes: number; pages: number }>(
    z.object({ outDir: path, domainIds: ids.optional() }).strict(),
  ),
} as const;
