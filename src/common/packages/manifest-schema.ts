// Strict zod schema of manifest.json (matches manifest-types.ts); unknown keys and wrong types are refused.
import { z } from 'zod';
import { PACKAGE_FORMAT, type PackageManifest } from './manifest-types';

const text = (max: number) => z.string().max(max);
const ids = z.array(text(200)).max(100_000);
const words = z.array(text(200)).max(10_000);
const count = z.number().int().min(0).max(1_000_000_000);

export const manifestEntrySchema = z
  .object({
    path: z.string().min(1).max(1024),
    size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export const manifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.number().int(),
    appVersion: text(100),
    packageId: z.string().min(1).max(200),
    packageVersion: z.number().int().min(1),
    title: text(300),
    description: text(10_000),
    createdAt: text(100),
    creator: z
      .object({
        workspaceId: z.string().min(1).max(200),
        memberId: text(200).nullable(),
        name: text(300),
        publicKey: text(1000).nullable(),
      })
      .strict(),
    selection: z
      .object({
        domainIds: ids,
        tags: words,
        kinds: words,
        stages: words,
        planIds: ids,
        noteIds: ids,
        depth: z.number().int().min(0).max(100),
        includeAttachments: z.boolean(),
        excludedNoteIds: ids,
      })
      .strict(),
    counts: z
      .object({ notes: count, attachments: count, domains: count, members: count, plans: count, templates: count })
      .strict(),
    entries: z.array(manifestEntrySchema).max(1_000_000),
  })
  .strict();

// Compile-time check that the schema and the interface agree in both directions.
type Parsed = z.infer<typeof manifestSchema>;
export const manifestSchemaMatchesType: [Parsed extends PackageManifest ? true : false, PackageManifest extends Parsed ? true : false] = [true, true];
