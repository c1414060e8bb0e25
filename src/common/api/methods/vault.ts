// API methods of the vault area: Markdown folder import/export (Obsidian/Foam) and note attachments.
import { z } from 'zod';
import { method } from '../method';
import { id } from '../schemas';

const path = z.string().min(1).max(4096);

export interface ImportWarning {
  /** Path relative to the vault folder. */
  file: string;
  message: string;
}
export interface MarkdownImportReport {
  domainId: string | null;
  notes: number;
  links: number;
  unresolvedLinks: number;
  attachments: number;
  warnings: ImportWarning[];
  dryRun: boolean;
}
export interface MarkdownExportReport {
  notes: number;
  attachments: number;
  outDir: string;
}
export interface Attachment {
  id: string;
  noteId: string | null;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
}

export const VAULT_API = {
  /** Imports a folder of Markdown files as one domain (named after the folder unless domainName is given); all or nothing. */
  'vault.importMarkdown': method<z.ZodType<{ dir: string; domainName?: string; dryRun?: boolean }>, MarkdownImportReport>(
    z.object({ dir: path, domainName: z.string().trim().min(1).max(120).optional(), dryRun: z.boolean().default(false) }).strict(),
  ),
  /** Exports some domains (domainIds, or the single domainId) or all to a Markdown folder with front matter and wikilinks; refuses a non-empty folder. */
  'vault.exportMarkdown': method<z.ZodType<{ outDir: string; domainId?: string; domainIds?: string[] }>, MarkdownExportReport>(
    z.object({ outDir: path, domainId: id.optional(), domainIds: z.array(id).max(1000).optional() }).strict(),
  ),
  /** Stores a file for a note (drag-and-drop, paste); returns the attachment to reference as attachments/<id>/<fileName>. */
  'attachments.add': method<z.ZodType<{ noteId: string; fileName: string; dataBase64: string }>, Attachment>(
    z
      .object({
        noteId: id,
        fileName: z.string().trim().min(1).max(255).refine((n) => !/[\\/\u0000]/.test(n), 'File name must not contain / or \\'),
        dataBase64: z.string().max(70_000_000, 'Attachments are limited to 50 MB'),
      })
      .strict(),
  ),
  'attachments.list': method<z.ZodType<{ noteId: string }>, Attachment[]>(z.object({ noteId: id }).strict()),
  'attachments.get': method<z.ZodType<{ id: string }>, Attachment & { dataBase64: string }>(z.object({ id }).strict()),
} as const;
