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
  /** The written file (a staging file when no outPath was given). */
  path: string;
  /** Set when no outPath was given: read the package with packages.download, then packages.release. */
  downloadId?: string;
  /** Suggested file name for saving the package, e.g. "circulation.copkg". */
  fileName: string;
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
  /** The package's plans, classified like notes (sourceId = the plan's id in the package; also a key of `choices`). */
  plans: { sourceId: string; title: string; status: ImportNotePreview['status'] }[];
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
  /** Plans: new, updated (only theirs changed), conflicting (resolved by the same strategy/choices as notes). */
  plansAdded: number;
  plansUpdated: number;
  plansConflicts: number;
}

export interface TrustedKey {
  keyId: string;
  name: string;
  publicKey: string;
  trustedAt: string;
}

/** Where a package to read comes from: a file path (CLI, desktop) or a staged upload (browser host, drag-and-drop). */
export interface PackageSource {
  path?: string;
  uploadId?: string;
}

const source = {
  path: path.optional(),
  uploadId: id.optional(),
};
const exactlyOneSource = (v: PackageSource) => (v.path === undefined) !== (v.uploadId === undefined);
const sourceMessage = { message: 'Give exactly one of path or uploadId' };

export interface PackageProvenance {
  packageId: string;
  packageVersion: number;
  creatorName: string;
  creatorKeyId: string | null;
  importedAt: string;
  originWorkspace: string;
  originNoteId: string;
}

/** Folder exports (HTML mini-site, Markdown): into outDir, or without it as a staged .zip to download. */
export interface FolderExportInput {
  outDir?: string;
  /** The notes a package of this selection would hold (default for HTML: the domains given, or all). */
  selection?: Partial<PackageSelection>;
  /** Names the zip when no outDir is given. */
  title?: string;
}

export interface FolderExportResult {
  /** The folder written ('' when the export was staged as a zip). */
  outDir: string;
  notes: number;
  downloadId?: string;
  fileName?: string;
}

const folderExport = {
  outDir: path.optional(),
  selection: selectionSchema.optional(),
  title: z.string().trim().min(1).max(300).optional(),
};

export const PACKAGES_API = {
  /** Exactly what an export with this selection would write, before anything is written. */
  'packages.previewExport': method<z.ZodType<{ selection: Partial<PackageSelection> }>, ExportPreview>(
    z.object({ selection: selectionSchema }).strict(),
  ),
  /** Writes the package (temp file then rename); progress as task.progress with the given taskId; cancellable. */
  'packages.export': method<
    z.ZodType<{ selection: Partial<PackageSelection>; outPath?: string; title: string; description?: string; sign?: boolean; taskId?: string }>,
    ExportResult
  >(
    z
      .object({
        selection: selectionSchema,
        outPath: path.optional(),
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
  'packages.inspect': method<z.ZodType<PackageSource>, { manifest: PackageManifest; signature: SignatureStatus }>(
    z.object(source).strict().refine(exactlyOneSource, sourceMessage),
  ),
  /** Verifies the package, then classifies every note against this workspace (nothing is written). */
  'packages.previewImport': method<z.ZodType<PackageSource>, ImportPreview>(z.object(source).strict().refine(exactlyOneSource, sourceMessage)),
  /** Imports in one transaction; `choices` overrides the strategy per package note id. */
  'packages.import': method<
    z.ZodType<PackageSource & { strategy?: ImportStrategy; choices?: Record<string, ImportStrategy>; dryRun?: boolean; taskId?: string }>,
    ImportReport
  >(
    z
      .object({
        ...source,
        strategy: z.enum(['keep-mine', 'take-theirs', 'keep-both']).default('keep-mine'),
        choices: z.record(id, z.enum(['keep-mine', 'take-theirs', 'keep-both'])).default({}),
        dryRun: z.boolean().default(false),
        taskId: id.optional(),
      })
      .strict()
      .refine(exactlyOneSource, sourceMessage),
  ),
  /** Starts an upload of a package file the UI holds as bytes (browser file picker, drag-and-drop). */
  'packages.uploadBegin': method<z.ZodType<{ fileName: string; size: number }>, { uploadId: string }>(
    z.object({ fileName: z.string().trim().min(1).max(1000), size: z.number().int().positive() }).strict(),
  ),
  /** One chunk (≤ 2 MiB of bytes), in order; returns the bytes received so far. */
  'packages.uploadChunk': method<z.ZodType<{ uploadId: string; offset: number; dataBase64: string }>, { received: number }>(
    z
      .object({
        uploadId: id,
        offset: z.number().int().min(0),
        dataBase64: z
          .string()
          .min(1)
          .max(Math.ceil((2 * 1024 * 1024) / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64'),
      })
      .strict(),
  ),
  /** One chunk (≤ 2 MiB) of an exported package written without outPath. */
  'packages.download': method<z.ZodType<{ downloadId: string; offset: number }>, { dataBase64: string; size: number; eof: boolean }>(
    z.object({ downloadId: id, offset: z.number().int().min(0) }).strict(),
  ),
  /** Deletes a staged upload or export (idempotent). */
  'packages.release': method<z.ZodType<{ id: string }>, null>(z.object({ id }).strict()),
  /** Where an imported note came from (null for notes made here). */
  'packages.provenance': method<z.ZodType<{ noteId: string }>, PackageProvenance | null>(z.object({ noteId: id }).strict()),
  /** This workspace's identity (created on first use): key id, public key, member name. */
  'keys.show': method<z.ZodType<Record<string, never>>, { keyId: string; publicKey: string; name: string }>(z.object({}).strict()),
  'keys.list': method<z.ZodType<Record<string, never>>, TrustedKey[]>(z.object({}).strict()),
  'keys.trust': method<z.ZodType<{ publicKey: string; name: string }>, TrustedKey>(
    z.object({ publicKey: z.string().min(1).max(1000), name: z.string().trim().min(1).max(200) }).strict(),
  ),
  'keys.untrust': method<z.ZodType<{ keyId: string }>, null>(z.object({ keyId: id }).strict()),
  /** A static offline HTML mini-site (one folder, index per domain, links, images, client-side search). */
  'packages.exportHtml': method<z.ZodType<FolderExportInput & { domainIds?: string[] }>, FolderExportResult & { pages: number }>(
    z
      .object({ ...folderExport, domainIds: ids.optional() })
      .strict()
      .refine((v) => !(v.domainIds && v.selection), { message: 'Give domainIds or selection, not both' }),
  ),
  /** The same selection as a Markdown folder (front matter, wikilinks, attachments) that Obsidian and others open. */
  'packages.exportMarkdown': method<z.ZodType<FolderExportInput & { selection: Partial<PackageSelection> }>, FolderExportResult & { attachments: number }>(
    z.object({ ...folderExport, selection: selectionSchema }).strict(),
  ),
} as const;
