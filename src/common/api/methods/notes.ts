// API methods of the notes area: domains, note lifecycle (trash, versions), rename with link rewrite,
// metadata, backlinks, unlinked mentions, paging for large explorers.
import { z } from 'zod';
import { NOTE_KINDS, SHARING_STAGES } from '../types';
import type { Domain, Note, NoteKind, NoteSummary } from '../types';
import { method } from '../method';
import { empty, id, title } from '../schemas';

export interface TagCount {
  tag: string;
  count: number;
}

const domainName = z
  .string()
  .trim()
  .min(1, 'Domain name must not be empty')
  .max(120, 'Domain name must be at most 120 characters')
  .refine((n) => !/[/[\]|#\u0000-\u001f\u007f]/.test(n), 'Domain name must not contain / [ ] | # or control characters (links write [[Domain/Title]])');
const tag = z.string().trim().min(1).max(80).regex(/^[^\s#,]+$/, 'Tags have no spaces, commas or #');
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };

export interface TrashedNote extends NoteSummary {
  deletedAt: string;
}
export interface NoteVersionInfo {
  versionId: number;
  title: string;
  reason: string;
  createdAt: string;
  size: number;
}
export interface NoteVersion extends NoteVersionInfo {
  body: string;
}
export interface Backlink {
  sourceId: string;
  sourceTitle: string;
  domainId: string;
  /** Text around the link (about 160 characters), the link itself included. */
  snippet: string;
  label: string | null;
  heading: string | null;
}
export interface UnlinkedMention {
  sourceId: string;
  sourceTitle: string;
  domainId: string;
  snippet: string;
  /** The matched text (title or alias) and where it is in the source body. */
  matched: string;
  start: number;
  end: number;
}
export interface LinkTarget {
  id: string;
  title: string;
  domainId: string;
  domainName: string;
  aliases: string[];
}
/** One quick open / [[ autocomplete row: a live note matched by its title or one of its aliases. */
export interface TitleMatch {
  id: string;
  title: string;
  domainId: string;
  domainName: string;
  kind: NoteKind;
  /** The alias that matched, when the title did not match as well. */
  alias: string | null;
  /** Indexes of the matched characters in the title (empty when matched via the alias or for an empty query). */
  positions: number[];
}
export interface LinkSuggestions {
  items: TitleMatch[];
  /** Whether the typed text already names a live note (title or alias, `Domain/Title` too): no "create" row then. */
  exact: boolean;
}
export interface NotePage {
  total: number;
  items: NoteSummary[];
}

export const NOTES_API = {
  'domains.create': method<z.ZodType<{ name: string; description?: string }>, Domain>(
    z.object({ name: domainName, description: z.string().max(5000).optional() }).strict(),
  ),
  'domains.update': method<z.ZodType<{ id: string; name?: string; description?: string; archived?: boolean }>, Domain>(
    z.object({ id, name: domainName.optional(), description: z.string().max(5000).optional(), archived: z.boolean().optional() }).strict(),
  ),
  /** One page of notes for virtualized lists (explorer with 100,000 notes). */
  'notes.page': method<
    z.ZodType<{ domainId?: string; sort?: 'title' | 'updated'; kind?: string; stage?: string; tag?: string; offset?: number; limit?: number }>,
    NotePage
  >(
    z
      .object({
        domainId: id.optional(),
        sort: z.enum(['title', 'updated']).default('title'),
        kind: z.enum(NOTE_KINDS).optional(),
        stage: z.enum(SHARING_STAGES).optional(),
        tag: tag.optional(),
        ...page,
      })
      .strict(),
  ),
  /** Every tag on a live note with how many live notes carry it, most used first (tag filters, suggestions). */
  'notes.tags': method<typeof empty, TagCount[]>(empty),
  /** Every live note as a link target (autocomplete for [[ and quick open). */
  'notes.linkTargets': method<typeof empty, LinkTarget[]>(empty),
  /** Quick open: best fuzzy title/alias matches over every live note (server-side); empty q → recently updated notes. */
  'notes.quickOpen': method<z.ZodType<{ q: string; limit?: number }>, TitleMatch[]>(
    z.object({ q: z.string().max(200), limit: z.number().int().min(1).max(200).default(50) }).strict(),
  ),
  /** [[ autocomplete: fuzzy matches over titles and aliases; "Domain/Title" narrows to that domain. */
  'notes.linkSuggest': method<z.ZodType<{ q: string; limit?: number }>, LinkSuggestions>(
    z.object({ q: z.string().max(600), limit: z.number().int().min(1).max(100).default(12) }).strict(),
  ),
  /**
   * Which raw link targets ("Title", "Title#Heading", "Domain/Title", alias) resolve, and to which note, with the
   * server's resolution rules (same domain as `fromId` first). The answer maps each distinct target to an id or null.
   */
  'notes.resolveTargets': method<z.ZodType<{ fromId?: string; targets: string[] }>, Record<string, string | null>>(
    z.object({ fromId: id.optional(), targets: z.array(z.string().max(600)).max(500) }).strict(),
  ),
  /** Renames a note and rewrites every [[link]] to it in one transaction, keeping labels and headings. */
  'notes.rename': method<z.ZodType<{ id: string; title: string }>, { note: Note; updatedNotes: number }>(z.object({ id, title }).strict()),
  'notes.setMeta': method<
    z.ZodType<{ id: string; domainId?: string; kind?: string; stage?: string; lang?: string; tags?: string[]; aliases?: string[]; authorIds?: string[] }>,
    Note
  >(
    z
      .object({
        id,
        domainId: id.optional(),
        kind: z.enum(NOTE_KINDS).optional(),
        stage: z.enum(SHARING_STAGES).optional(),
        lang: z.string().min(2).max(10).optional(),
        tags: z.array(tag).max(100).optional(),
        aliases: z.array(title).max(50).optional(),
        authorIds: z.array(id).max(50).optional(),
      })
      .strict(),
  ),
  /** Moves a note to the trash: it disappears from lists, search and link resolution until restored. */
  'notes.delete': method<z.ZodType<{ id: string }>, null>(z.object({ id }).strict()),
  'notes.restore': method<z.ZodType<{ id: string }>, Note>(z.object({ id }).strict()),
  /** Deletes a trashed note for good. */
  'notes.purge': method<z.ZodType<{ id: string }>, null>(z.object({ id }).strict()),
  'notes.trash': method<typeof empty, TrashedNote[]>(empty),
  'notes.versions': method<z.ZodType<{ id: string }>, NoteVersionInfo[]>(z.object({ id }).strict()),
  'notes.version': method<z.ZodType<{ id: string; versionId: number }>, NoteVersion>(
    z.object({ id, versionId: z.number().int().positive() }).strict(),
  ),
  'notes.restoreVersion': method<z.ZodType<{ id: string; versionId: number }>, Note>(
    z.object({ id, versionId: z.number().int().positive() }).strict(),
  ),
  /** Notes linking to this one, paged (a hub may have 10,000+). */
  'notes.backlinks': method<z.ZodType<{ id: string; offset?: number; limit?: number }>, { total: number; items: Backlink[] }>(
    z.object({ id, ...page }).strict(),
  ),
  /** Plain-text mentions of the note's title or aliases in other notes. */
  'notes.unlinkedMentions': method<z.ZodType<{ id: string; limit?: number }>, { total: number; items: UnlinkedMention[] }>(
    z.object({ id, limit: z.number().int().min(1).max(500).default(100) }).strict(),
  ),
  /** Turns one unlinked mention into a [[link]] (the mention must still be at start..end). */
  'notes.linkMention': method<z.ZodType<{ id: string; sourceId: string; start: number; end: number }>, Note>(
    z.object({ id, sourceId: id, start: z.number().int().min(0), end: z.number().int().min(1) }).strict(),
  ),
  /** Follows a link target (as written inside [[ ]]) from a note; creates the note in the source's domain when missing. */
  'notes.openLink': method<z.ZodType<{ fromId: string; target: string; create?: boolean }>, { note: Note | null; created: boolean }>(
    z.object({ fromId: id, target: z.string().min(1).max(600), create: z.boolean().default(false) }).strict(),
  ),
} as const;
