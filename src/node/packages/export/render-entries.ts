// Serialises ExportContent into archive entries (everything but manifest.json/manifest.sig); attachment bytes come later.
import type { PackageNote } from '../../../common/packages/manifest-types';
import type { ExportContent } from './package-content';
import { ATTACHMENTS_INDEX_PATH, DOMAINS_PATH, MEMBERS_PATH, notePath, planPath, templatePath } from './entry-paths';

export interface RenderedEntry {
  path: string;
  data: Buffer;
}

/** An attachment entry: its bytes are read from the workspace store only when the package is written. */
export interface AttachmentEntry {
  path: string;
  size: number;
  sha256: string;
  storedPath: string;
}

const jsonBuffer = (v: unknown): Buffer => Buffer.from(JSON.stringify(v, null, 2) + '\n', 'utf8');

/**
 * notes/<id>.md: YAML front matter for people and tools (Obsidian), then the stored Markdown body. Every value is a
 * JSON string or list of strings, which YAML 1.2 reads as double-quoted scalars and flow sequences (the `yaml` package
 * parses them back exactly; see test/packages/export): safe for any title and ~50× faster than a YAML serializer.
 */
export function noteMarkdown(n: PackageNote, domainName: string, authorNames: string[]): string {
  const q = JSON.stringify;
  return (
    `---\ntitle: ${q(n.title)}\ndomain: ${q(domainName)}\nkind: ${q(n.kind)}\nstage: ${q(n.stage)}\n` +
    `tags: ${q(n.tags)}\naliases: ${q(n.aliases)}\nauthors: ${q(authorNames)}\ncreated: ${q(n.createdAt)}\nupdated: ${q(n.updatedAt)}\n---\n${n.body}`
  );
}

export function renderNoteEntries(n: ExportContent['notes'][number]): RenderedEntry[] {
  return [
    { path: notePath(n.note.id, 'md'), data: Buffer.from(noteMarkdown(n.note, n.domainName, n.authorNames), 'utf8') },
    { path: notePath(n.note.id, 'json'), data: jsonBuffer(n.note) },
  ];
}

/** Every entry except notes and attachment bytes: domains, members, attachment index, plans, templates. */
export function renderSharedEntries(c: ExportContent): RenderedEntry[] {
  const entries: RenderedEntry[] = [
    { path: DOMAINS_PATH, data: jsonBuffer(c.domains) },
    { path: MEMBERS_PATH, data: jsonBuffer(c.members) },
  ];
  if (c.attachments.length) entries.push({ path: ATTACHMENTS_INDEX_PATH, data: jsonBuffer(c.attachments.map(({ storedPath: _s, shownWith: _w, ...a }) => a)) });
  for (const p of c.plans) entries.push({ path: planPath(p.id), data: jsonBuffer(p) });
  for (const t of c.templates) entries.push({ path: templatePath(t.id, t.version), data: jsonBuffer(t) });
  return entries;
}

/** One entry per distinct attachment content. */
export function attachmentEntries(c: ExportContent): AttachmentEntry[] {
  const seen = new Map<string, AttachmentEntry>();
  for (const a of c.attachments) if (!seen.has(a.path)) seen.set(a.path, { path: a.path, size: a.size, sha256: a.sha256, storedPath: a.storedPath });
  return [...seen.values()];
}
