// Writes the static offline HTML mini-site into an empty folder: home, one page per domain and per note, copied images, local search.
import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { titleKey } from '../../../common/wikilink';
import { AttachmentStore } from '../../attachments/attachment-store';
import { attachmentIdFromUrl, ATTACHMENT_URL_RE } from '../../attachments/attachment-url';
import { exportIntoEmptyFolder, folderWriter, selectExportDomains } from '../../vault/export-folder';
import { isInside } from '../../vault/vault-files';
import type { ExportDomain } from '../../vault/export-folder';
import { SEARCH_JS, SITE_CSS, searchIndexJs } from './site-assets';
import { renderNoteMarkdown } from './site-markdown';
import { attachmentFileName, headingId, isActiveContent, siteSlug, UniqueNames } from './site-names';
import { domainMain, homeMain, layout, noteMain } from './site-pages';
import { sitePath } from './site-url';

export interface ExportSiteOptions {
  db: Database;
  workspaceDir: string;
  outDir: string;
  /** Domains to export (default: all). */
  domainIds?: string[];
  /** Only these notes (the notes a package selection resolves to); domains left without notes are omitted. */
  noteIds?: ReadonlySet<string>;
  now: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ExportSiteResult {
  outDir: string;
  notes: number;
  pages: number;
}

interface NoteRow {
  id: string;
  title: string;
  domain_id: string;
  kind: string;
  stage: string;
  body: string;
  updated_at: string;
}

const IMAGE_EXT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.bmp', '.ico']);
const EXCERPT_CHARS = 400;

export function exportSite(opts: ExportSiteOptions): ExportSiteResult {
  const domains = selectExportDomains(opts.db, opts.domainIds);
  return exportIntoEmptyFolder(opts.outDir, (outDir) => writeSite(opts, outDir, domains));
}

function writeSite(opts: ExportSiteOptions, outDir: string, domains: ExportDomain[]): ExportSiteResult {
  const { db } = opts;
  const write = folderWriter(outDir);
  for (const dir of ['assets', 'domains', 'notes']) mkdirSync(join(outDir, dir));
  const meta = (key: string) => db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
  const siteTitle = meta('name')?.trim() || 'CoP Workbench notes';

  // Names first, so that every link can be resolved while rendering.
  const notesQuery = db.prepare(
    `SELECT id, title, domain_id, kind, stage, body, updated_at FROM notes
     WHERE domain_id = ? AND deleted_at IS NULL ORDER BY title COLLATE NOCASE, id`,
  );
  const domainFiles = new UniqueNames(['index.html']);
  const noteFiles = new UniqueNames();
  const keep = opts.noteIds;
  const site = domains
    .map((d) => ({ domain: d, notes: (notesQuery.all(d.id) as NoteRow[]).filter((r) => !keep || keep.has(r.id)) }))
    .filter((s) => !keep || s.notes.length > 0)
    .map((s) => ({ ...s, file: domainFiles.take(siteSlug(s.domain.name, 'domain'), '.html') }));
  const pageOf = new Map<string, { file: string; row: NoteRow; domain: { name: string; file: string } }>();
  for (const s of site) for (const row of s.notes) pageOf.set(row.id, { file: noteFiles.take(siteSlug(row.title, 'note'), '.html'), row, domain: { name: s.domain.name, file: s.file } });

  const tagsOf = db.prepare('SELECT tag FROM note_tags WHERE note_id = ? ORDER BY tag COLLATE NOCASE').pluck();
  const authorsOf = db.prepare('SELECT m.name FROM note_authors a JOIN members m ON m.id = a.member_id WHERE a.note_id = ? ORDER BY a.position').pluck();
  const linksOf = db.prepare('SELECT position, target_title, target_id, heading FROM links WHERE source_id = ? ORDER BY position');
  const backlinksOf = db.prepare('SELECT DISTINCT source_id FROM links WHERE target_id = ?').pluck();

  const store = new AttachmentStore(db, opts.workspaceDir);
  const fileNames = new UniqueNames();
  const copied = new Map<string, { file: string; image: boolean } | null>();
  const copyAttachment = (id: string): { file: string; image: boolean } | null => {
    if (copied.has(id)) return copied.get(id)!;
    const a = store.get(id);
    const source = a ? join(opts.workspaceDir, a.storedPath) : null;
    let result: { file: string; image: boolean } | null = null;
    if (a && source && isInside(opts.workspaceDir, source) && existsSync(source) && !isActiveContent(a.fileName, a.mime)) {
      mkdirSync(join(outDir, 'files'), { recursive: true });
      const [base, ext] = attachmentFileName(a.fileName);
      const file = fileNames.take(base, ext);
      write(['files', file], null, source);
      result = { file, image: a.mime.startsWith('image/') && IMAGE_EXT.has(ext) };
    }
    copied.set(id, result);
    return result;
  };

  const index: { title: string; domain: string; tags: string[]; text: string; url: string }[] = [];
  const total = pageOf.size;
  let done = 0;
  let pages = 0;
  for (const { file, row, domain } of pageOf.values()) {
    const links = linksOf.all(row.id) as { position: number; target_title: string; target_id: string | null; heading: string | null }[];
    const rendered = renderNoteMarkdown(row.body, {
      wikiHref(i, title) {
        const link = links[i];
        // The links table stores the app's resolution per position; a row that does not match the text is not trusted.
        const target = link?.target_id && titleKey(link.target_title) === titleKey(title) ? pageOf.get(link.target_id) : undefined;
        if (!link || !target) return null;
        return sitePath(target.file) + (link.heading ? `#${headingId(link.heading)}` : '');
      },
      isAttachmentUrl: (url) => ATTACHMENT_URL_RE.test(url),
      attachment(url) {
        const id = attachmentIdFromUrl(url);
        const c = id ? copyAttachment(id) : null;
        return c ? { href: sitePath('..', 'files', c.file), image: c.image } : null;
      },
    });
    const tags = tagsOf.all(row.id) as string[];
    const backlinks = (backlinksOf.all(row.id) as string[])
      .map((id) => pageOf.get(id))
      .filter((p): p is NonNullable<typeof p> => p !== undefined && p.row.id !== row.id)
      .sort((a, b) => a.row.title.localeCompare(b.row.title, 'en', { sensitivity: 'base' }))
      .map((p) => ({ title: p.row.title, href: sitePath(p.file) }));
    const main = noteMain({
      title: row.title,
      domainName: domain.name,
      domainHref: sitePath('..', 'domains', domain.file),
      kind: row.kind,
      stage: row.stage,
      tags,
      authors: authorsOf.all(row.id) as string[],
      updatedAt: row.updated_at,
      bodyHtml: rendered.html,
      backlinks,
    });
    write(['notes', file], layout({ title: `${row.title} · ${siteTitle}`, siteTitle, root: '../', main, generatedAt: opts.now }));
    pages++;
    index.push({ title: row.title, domain: domain.name, tags, text: Array.from(rendered.text).slice(0, EXCERPT_CHARS).join(''), url: sitePath('notes', file) });
    if (++done % 100 === 0) opts.onProgress?.(done, total);
  }

  for (const s of site) {
    const notes = s.notes.map((row) => {
      const p = pageOf.get(row.id)!;
      return { title: row.title, kind: row.kind, stage: row.stage, tags: tagsOf.all(row.id) as string[], href: sitePath('..', 'notes', p.file) };
    });
    write(['domains', s.file], layout({ title: `${s.domain.name} · ${siteTitle}`, siteTitle, root: '../', main: domainMain(s.domain.name, s.domain.description, notes), generatedAt: opts.now }));
    pages++;
  }
  const home = homeMain(siteTitle, site.map((s) => ({ name: s.domain.name, description: s.domain.description, count: s.notes.length, file: s.file })));
  write(['index.html'], layout({ title: siteTitle, siteTitle, root: '', main: home, generatedAt: opts.now }));
  pages++;
  write(['assets', 'style.css'], SITE_CSS);
  write(['assets', 'search.js'], SEARCH_JS);
  write(['assets', 'search-index.js'], searchIndexJs(index));
  opts.onProgress?.(total, total);
  return { outDir, notes: total, pages };
}
