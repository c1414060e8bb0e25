// Parses and validates the content entries of a verified package (notes, domains, members, attachments) as untrusted data.
import type { z } from 'zod';
import { AppError } from '../../../common/errors';
import type { PackageManifest, PackageNote } from '../../../common/packages/manifest-types';
import { noteContentHash, sha256Hex } from '../content-hash';
import { packageAttachmentSchema, packageDomainSchema, packageMemberSchema, packageNoteSchema } from './package-schemas';
import type { PackageAttachment, PackageDomain, PackageMember } from './package-schemas';
import { plainlyValidNote } from './note-fast-check';
import { parsePackagePlans } from './plan-content';
import type { PackagePlanEntry } from './plan-content';

export interface ImportAttachment extends PackageAttachment {
  data: Buffer;
}

export interface PackageContent {
  manifest: PackageManifest;
  notes: PackageNote[];
  domains: PackageDomain[];
  members: PackageMember[];
  attachments: ImportAttachment[];
  /** plans/*.json with their templates (plan-content.ts). */
  plans: PackagePlanEntry[];
}

const NOTE_JSON = /^notes\/[^/]+\.json$/;

function refuse(path: string, message: string): never {
  throw new AppError('PKG_CORRUPT', `${path}: ${message}; nothing was imported`);
}

function parseJson(path: string, data: Buffer | undefined): unknown {
  if (!data) refuse(path, 'missing');
  try {
    return JSON.parse(data.toString('utf8'));
  } catch (err) {
    return refuse(path, `not valid JSON (${(err as Error).message})`);
  }
}

function check<T>(path: string, schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  return refuse(path, `${issue.path.join('.') || 'value'}: ${issue.message}`);
}

function list<T>(path: string, schema: z.ZodType<T>, files: Map<string, Buffer>, required: boolean): T[] {
  const data = files.get(path);
  if (!data && !required) return [];
  const value = parseJson(path, data);
  if (!Array.isArray(value)) refuse(path, 'expected a JSON array');
  return value.map((v, i) => check(`${path}[${i}]`, schema, v));
}

function unique<T>(path: string, items: T[], key: (t: T) => string): void {
  const seen = new Set<string>();
  for (const it of items) {
    const k = key(it);
    if (seen.has(k)) refuse(path, `duplicate id ${JSON.stringify(k)}`);
    seen.add(k);
  }
}

/**
 * Reads every notes/*.json (strict PackageNote; its contentHash recomputed, a mismatch refused), domains.json,
 * members.json and attachments.json (each listed attachment's bytes present with the stated size and sha256), and
 * checks that every reference inside the package (note → domain, note → author) points at something it holds.
 */
export function parsePackageContent(manifest: PackageManifest, files: Map<string, Buffer>): PackageContent {
  const notes: PackageNote[] = [];
  for (const [path, data] of files) {
    if (!NOTE_JSON.test(path)) continue;
    const value = parseJson(path, data);
    // Plainly valid notes skip zod (~3x slower); anything else goes through the schema, which decides and reports.
    const note = plainlyValidNote(value) ? value : check(path, packageNoteSchema, value);
    const hash = noteContentHash(note);
    if (hash !== note.contentHash) throw new AppError('PKG_CHECKSUM', `${path}: the note's contentHash does not match its content; nothing was imported`);
    notes.push(note);
  }
  unique('notes', notes, (n) => n.id);
  unique('notes (origin)', notes, (n) => `${n.origin.workspaceId}\u001f${n.origin.noteId}`);
  const domains = list('domains.json', packageDomainSchema, files, notes.length > 0);
  unique('domains.json', domains, (d) => d.id);
  unique('domains.json (name)', domains, (d) => d.name.toLowerCase());
  const members = list('members.json', packageMemberSchema, files, false);
  unique('members.json', members, (m) => m.id);
  const domainIds = new Set(domains.map((d) => d.id));
  const memberIds = new Set(members.map((m) => m.id));
  for (const n of notes) {
    if (!domainIds.has(n.domainId)) refuse(`notes/${n.id}.json`, `domain ${n.domainId} is not in domains.json`);
    const unknown = n.authorIds.find((a) => !memberIds.has(a));
    if (unknown) refuse(`notes/${n.id}.json`, `author ${unknown} is not in members.json`);
  }
  const attachments = list('attachments.json', packageAttachmentSchema, files, false).map((a): ImportAttachment => {
    const data = files.get(a.path);
    if (!data || !a.path.startsWith(`attachments/${a.sha256}/`)) refuse('attachments.json', `attachment ${a.id}: entry ${a.path} is missing`);
    if (data.length !== a.size || sha256Hex(data) !== a.sha256) {
      throw new AppError('PKG_CHECKSUM', `attachments.json: attachment ${a.id} does not match its stated size and sha256; nothing was imported`);
    }
    return { ...a, data };
  });
  unique('attachments.json', attachments, (a) => a.id);
  notes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const plans = parsePackagePlans(files, { notes: new Set(notes.map((n) => n.id)), members: memberIds, domains: domainIds, excludedNotes: new Set(manifest.selection.excludedNoteIds) });
  return { manifest, notes, domains, members, attachments, plans };
}
