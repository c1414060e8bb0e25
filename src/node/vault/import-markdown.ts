// Imports a Markdown vault (Obsidian/Foam folder) as one domain, all or nothing; rules in src/node/vault/README.md.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../common/errors';
import type { ImportWarning, MarkdownImportReport } from '../../common/api/methods/vault';
import { linkKeysOf, parseWikiLinks, titleKey } from '../../common/wikilink';
import type { WikiLink } from '../../common/wikilink';
import { LinkResolver } from '../notes/link-resolver';
import { relinkOthersByKeys, relinkSources } from '../notes/bulk-relink';
import { DomainStore } from '../store/domain-store';
import { AttachmentStaging, AttachmentStore, sha256Hex } from '../attachments/attachment-store';
import { attachmentUrl } from '../attachments/attachment-url';
import { mimeFromFileName } from '../attachments/mime';
import { decodeText } from './decode-text';
import { splitFrontMatter } from './front-matter';
import type { FrontMatter } from './front-matter';
import { fileTitle, leadingH1, sanitizeTitle, UniqueTitles } from './note-title';
import { rewriteImportedBody } from './rewrite-import';
import { VaultIndex } from './vault-index';
import { listVault } from './vault-files';
import { insideAny, scanMarkdown } from './markdown-scan';
import { insertImportedNotes } from './insert-notes';

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export interface ImportMarkdownOptions {
  db: Database;
  workspaceDir: string;
  dir: string;
  domainName?: string;
  dryRun?: boolean;
  now: string;
  onProgress?: (done: number, total: number) => void;
  /** Runs inside the transaction just before it commits (tests use it to inject a failure). */
  beforeCommit?: () => void;
}

interface ParsedNote {
  id: string;
  rel: string;
  title: string;
  aliases: string[];
  fm: FrontMatter;
  body: string;
  /** Positions (as the link table numbers them) of `[[...]]` that Markdown puts inside code. */
  codePositions: number[];
  /** parseWikiLinks(body) of the rewritten body (what the links table stores). */
  links: WikiLink[];
}

interface PlannedAttachment {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  noteId: string;
  isNew: boolean;
}

/** Indexes (in parseWikiLinks order) of the `[[...]]` that Markdown places inside code spans or blocks. */
function codePositions(body: string, links: WikiLink[]): number[] {
  const code = scanMarkdown(body).code;
  const out: number[] = [];
  links.forEach((l, i) => {
    if (insideAny(code, l.start)) out.push(i);
  });
  return out;
}

function slugify(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'domain';
}

export function importMarkdown(opts: ImportMarkdownOptions): MarkdownImportReport {
  const dir = resolve(opts.dir);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new AppError('NOT_FOUND', `Vault folder not found: ${dir}`);
  }
  if (!isDir) throw new AppError('INVALID_INPUT', `Not a folder: ${dir}`);
  const dryRun = opts.dryRun ?? false;
  const db = opts.db;
  const listing = listVault(dir);
  const warnings: ImportWarning[] = [...listing.warnings];
  const total = listing.notes.length;

  const domainName = (opts.domainName ?? basename(listing.root)).trim().slice(0, 120) || 'Imported vault';
  const existingDomain = db.prepare('SELECT id FROM domains WHERE name = ? COLLATE NOCASE').pluck().get(domainName) as string | undefined;
  const domainId = existingDomain ?? randomUUID();
  const existingTitles = existingDomain
    ? (db.prepare('SELECT title FROM notes WHERE domain_id = ? AND deleted_at IS NULL').pluck().all(existingDomain) as string[])
    : [];
  const titles = new UniqueTitles(existingTitles);

  // 1. Read and parse every file (nothing is written yet).
  const notes: ParsedNote[] = [];
  listing.notes.forEach((rel, i) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(listing.root, rel));
    } catch (err) {
      throw new AppError('INVALID_INPUT', `Cannot read ${rel}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; nothing was imported`);
    }
    const decoded = decodeText(bytes);
    if (decoded.invalidUtf8) warnings.push({ file: rel, message: 'Not valid UTF-8; invalid bytes were replaced with U+FFFD' });
    const split = splitFrontMatter(decoded.text);
    for (const p of split.problems) warnings.push({ file: rel, message: p });
    const wanted = sanitizeTitle(split.data.title ?? leadingH1(split.body) ?? fileTitle(rel)) || sanitizeTitle(fileTitle(rel)) || 'Untitled';
    const title = titles.take(wanted);
    if (titleKey(title) !== titleKey(wanted)) warnings.push({ file: rel, message: `A note titled "${wanted}" already exists; imported as "${title}"` });
    const aliases = split.data.aliases.map(sanitizeTitle).filter((a) => a && titleKey(a) !== titleKey(title));
    notes.push({ id: randomUUID(), rel, title, aliases: [...new Set(aliases)], fm: split.data, body: split.body, codePositions: [], links: [] });
    if ((i + 1) % 100 === 0) opts.onProgress?.(i + 1, total * 3);
  });

  // 2. Rewrite links; stage attachment files (dry run: only plan them).
  const index = new VaultIndex(notes, listing.others);
  const attachments = new AttachmentStore(db, opts.workspaceDir);
  const staging = dryRun ? null : new AttachmentStaging(opts.workspaceDir);
  const planned = new Map<string, PlannedAttachment>();
  const byPath = new Map<string, PlannedAttachment>();
  const vaultUnresolved: { note: ParsedNote; target: string }[] = [];
  const linkTarget = (n: ParsedNote) => (n.title.includes('/') ? `${domainName}/${n.title}` : n.title);
  try {
    notes.forEach((note, i) => {
      const warn = (message: string) => warnings.push({ file: note.rel, message });
      const attach = (rel: string, abs: string): string | null => {
        const known = byPath.get(rel);
        if (known) return attachmentUrl(known.id, known.fileName);
        const size = statSync(abs).size;
        if (size > MAX_ATTACHMENT_BYTES) {
          warn(`Attachment "${rel}" is larger than 50 MB; not copied`);
          return null;
        }
        const data = readFileSync(abs);
        const sha = sha256Hex(data);
        let plan = planned.get(sha);
        if (!plan) {
          const existing = attachments.findBySha(sha);
          const a = existing?.attachment;
          plan = { id: a?.id ?? randomUUID(), fileName: a?.fileName ?? basename(rel), sha256: sha, size, noteId: note.id, isNew: !a };
          if (!existing?.fileExists) staging?.stage(sha, data);
          planned.set(sha, plan);
        }
        byPath.set(rel, plan);
        return attachmentUrl(plan.id, plan.fileName);
      };
      const result = rewriteImportedBody(note.body, note.rel, { index, root: listing.root, linkTarget, attach, warn });
      note.body = result.body;
      note.links = parseWikiLinks(note.body);
      if (result.codeLinks > 0) note.codePositions = codePositions(note.body, note.links);
      for (const target of result.unresolvedTargets) vaultUnresolved.push({ note, target });
      if ((i + 1) % 100 === 0) opts.onProgress?.(total + i + 1, total * 3);
    });

    const linkCount = notes.reduce((sum, n) => sum + n.links.length - n.codePositions.length, 0);
    const base = { domainId: existingDomain ?? (dryRun ? null : domainId), notes: notes.length, links: linkCount, attachments: planned.size, dryRun };

    if (dryRun) {
      const known = db.prepare(
        `SELECT 1 FROM notes WHERE title_key = ? AND deleted_at IS NULL
         UNION ALL SELECT 1 FROM note_aliases a JOIN notes n ON n.id = a.note_id WHERE a.alias_key = ? AND n.deleted_at IS NULL LIMIT 1`,
      );
      const unresolved = vaultUnresolved.filter((u) => !known.get(titleKey(u.target), titleKey(u.target))).length;
      for (const u of vaultUnresolved) warnings.push({ file: u.note.rel, message: `Wikilink [[${u.target}]] matches no note of the vault` });
      return { ...base, unresolvedLinks: unresolved, warnings };
    }

    // 3. One transaction for the domain, notes, attachment rows and links.
    const unresolvedLinks = db.transaction(() => {
      if (!existingDomain) {
        const slugs = new Set(db.prepare('SELECT slug FROM domains').pluck().all() as string[]);
        let slug = slugify(domainName);
        for (let n = 2; slugs.has(slug); n++) slug = `${slugify(domainName)}-${n}`;
        new DomainStore(db).insert({ id: domainId, slug, name: domainName, description: `Imported from ${basename(listing.root)}` }, opts.now);
      }
      // Notes, tags, aliases and source paths; the FTS body index is filled once for all of them.
      insertImportedNotes(
        db,
        notes.map((n) => ({
          id: n.id,
          title: n.title,
          domainId,
          kind: n.fm.kind ?? 'practice',
          stage: n.fm.stage ?? 'identify',
          body: n.body,
          tags: n.fm.tags,
          aliases: n.aliases,
          sourcePath: n.rel,
          createdAt: n.fm.created ?? opts.now,
          updatedAt: n.fm.updated ?? n.fm.created ?? opts.now,
        })),
      );
      for (const a of planned.values()) {
        if (a.isNew) attachments.insertRow({ id: a.id, noteId: a.noteId, fileName: a.fileName, mime: mimeFromFileName(a.fileName), size: a.size, sha256: a.sha256 }, opts.now);
      }
      // All links of the imported notes from one in-memory snapshot of titles and aliases (same rules as
      // NoteStore.resolve), then the other notes with links these titles/aliases can now answer, once each.
      const resolver = new LinkResolver(db);
      relinkSources(db, notes.map((n) => ({ id: n.id, domainId, body: n.body, links: n.links })), resolver);
      opts.onProgress?.(3 * total - 1, total * 3);
      const keys = linkKeysOf(notes.flatMap((n) => [n.title, ...n.aliases]));
      relinkOthersByKeys(db, keys, new Set(notes.map((n) => n.id)), resolver);
      const imported = JSON.stringify(notes.map((n) => n.id));
      const count = db.prepare('SELECT count(*) FROM links l JOIN notes n ON n.id = l.source_id WHERE n.domain_id = ? AND l.target_id IS NULL AND l.source_id IN (SELECT value FROM json_each(?))');
      let result = count.pluck().get(domainId, imported) as number;
      const inCode = db.prepare('SELECT count(*) FROM links WHERE source_id = ? AND position = ? AND target_id IS NULL').pluck();
      for (const n of notes) for (const p of n.codePositions) result -= inCode.get(n.id, p) as number;
      opts.beforeCommit?.();
      return result;
    })();
    staging?.commit();
    for (const u of vaultUnresolved) warnings.push({ file: u.note.rel, message: `Wikilink [[${u.target}]] matches no note of the vault` });
    opts.onProgress?.(total * 3, total * 3);
    return { ...base, domainId, unresolvedLinks, warnings };
  } catch (err) {
    staging?.discard();
    throw err;
  }
}
