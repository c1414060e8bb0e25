// Strict zod schemas for the untrusted content files of a package: notes/<id>.json, domains.json, members.json.
import { z } from 'zod';
import { NOTE_KINDS, PARTICIPATION_LEVELS, SHARING_STAGES } from '../../../common/api/types';

/** Bodies above this size are refused (the app's editor and search are not built for more). */
export const MAX_NOTE_BODY_BYTES = 5 * 1024 * 1024;

const id = z.string().min(1).max(200);
const stamp = z.string().min(1).max(40);
/** The API's title rules, but a title with surrounding spaces is refused rather than trimmed (the hash covers it). */
const title = z
  .string()
  .min(1, 'Title must not be empty')
  .max(300, 'Title must be at most 300 characters')
  .refine((t) => t.trim() === t, 'Title must not start or end with spaces')
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'Title must not contain control characters')
  .refine((t) => !/[[\]|#]/.test(t), 'Title must not contain [ ] | or #');
const tag = z.string().min(1).max(80).regex(/^[^\s#,]+$/, 'Tags have no spaces, commas or #');
const body = z.string().refine((b) => Buffer.byteLength(b, 'utf8') <= MAX_NOTE_BODY_BYTES, 'Body is larger than 5 MB');

export const packageNoteSchema = z
  .object({
    id,
    origin: z.object({ workspaceId: id, noteId: id }).strict(),
    title,
    domainId: id,
    kind: z.enum(NOTE_KINDS),
    stage: z.enum(SHARING_STAGES),
    lang: z.string().min(2).max(10),
    tags: z.array(tag).max(100),
    aliases: z.array(title).max(50),
    authorIds: z.array(id).max(50),
    body,
    createdAt: stamp,
    updatedAt: stamp,
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export const packageDomainSchema = z
  .object({
    id,
    name: z
      .string()
      .min(1)
      .max(120)
      .refine((n) => n.trim() === n && !/[/[\]|#\u0000-\u001f\u007f]/.test(n), 'Domain name must not contain / [ ] | # or control characters'),
    slug: z.string().max(200).optional(),
    description: z.string().max(10_000).optional(),
  })
  .strict();

export const packageMemberSchema = z
  .object({
    id,
    name: z.string().trim().min(1).max(200),
    email: z.string().max(320).nullable().optional(),
    role: z.string().max(200).optional(),
    participation: z.enum(PARTICIPATION_LEVELS).optional(),
    narrative: z.string().max(100_000).optional(),
    domainIds: z.array(id).max(1000).optional(),
  })
  .strict();

export const packageAttachmentSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9-]{1,200}$/, 'Attachment ids are letters, digits and dashes'),
    noteId: id.nullable(),
    fileName: z.string().min(1).max(255).refine((n) => !/[\u0000-\u001f\u007f/\\]/.test(n), 'Invalid attachment file name'),
    mime: z.string().min(1).max(200),
    size: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    path: z.string().min(1).max(1024),
  })
  .strict();

export type PackageAttachment = z.infer<typeof packageAttachmentSchema>;
export type PackageDomain = z.infer<typeof packageDomainSchema>;
export type PackageMember = z.infer<typeof packageMemberSchema>;
