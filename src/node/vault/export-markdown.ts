// Exports domains to a Markdown folder that Obsidian opens: one folder per domain, front matter, wikilinks by file name, attachments/.
import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import type { MarkdownExportReport } from '../../common/api/methods/vault';
import { parseWikiLinks, titleKey } from '../../common/wikilink';
import { AttachmentStore } from '../attachments/attachment-store';
import { attachmentIdFromUrl } from '../attachments/attachment-url';
import { safeFileName, UniqueFileNames } from './file-names';
import { insideAny, scanMarkdown } from './markdown-scan';
import { applyEdits, replaceDestination } from './source-edits';
import type { SourceEdit } from './source-edits';
import { exportIntoEmptyFolder, folderWriter, selectExportDomains } from './export-folder';

export interface ExportMarkdownOptions {
  db: Database;
  workspaceDir: string;
  outDir: string;
  /** Only these domains (default: all). */
  domainIds?: string[];
  /** Only these notes (the notes a package selection resolves to); domains left without notes get no folder. */
  noteIds?: ReadonlySet<string>;
  onProgress?: (done: number, total: number) => void;
}

interface NoteRow {
  id: string;
  title: string;
  domain_id: string;
  kind: string;
  stage: string;
  body: string;
  created_at: string;
  updated_at: string;
}

const ATTACHMENTS_FOLDER = 'attachments';

export function exportMarkdown(opts: ExportMarkdownOptions): MarkdownExportReport {
  const domains = selectExportDomains(opts.db, opts.domainIds);
  return exportIntoEmptyFolder(opts.outDir, (outDir) => writeExport(opts, outDir, domains));
}

function writeExport(opts: ExportMarkdownOptions, outDir: string, domains: { id: string; name: string }[]): MarkdownExportReport {
  const { db } = opts;
  const write = folderWriter(outDir);
  const notesQuery = db.prepare(
    `SELECT id, title, domain_id, kind, stage, body, created_at, updated_at FROM notes
     WHERE domain_id = ? AND deleted_at IS NULL ORDER BY title COLLATE NOCASE, id`,
  );
  const folders = new UniqueFileNames([ATTACHMENTS_FOLDER]);
  const files = new UniqueFileNames();
  const exported = new Map<string, { folder: string; base: string; row: NoteRow }>();
  for (const d of domains) {
    const rows = (notesQuery.all(d.id) as NoteRow[]).filter((r) => !opts.noteIds || opts.noteIds.has(r.id));
    if (opts.noteIds && rows.length === 0) continue;
    const folder = folders.take(safeFileName(d.name));
    for (const row of rows) {
      const base = files.take(safeFileName(row.title, 100));
      exported.set(row.id, { folder, base, row });
    }
  }

  const tags = db.prepare('SELECT tag FROM note_tags WHERE note_id = ? ORDER BY tag').pluck();
  const aliases = db.prepare('SELECT alias FROM note_aliases WHERE note_id = ? ORDER BY alias').pluck();
  const authors = db.prepare('SELECT m.name FROM note_authors a JOIN members m ON m.id = a.member_id WHERE a.note_id = ? ORDER BY a.position').pluck();
  const links = db.prepare('SELECT position, target_title, target_id FROM links WHERE source_id = ? ORDER BY position');
  const store = new AttachmentStore(db, opts.workspaceDir);
  const attachmentNames = new UniqueFileNames();
  const copied = new Map<string, string | null>();
  const attachmentPath = (id: string): string | null => {
    if (copied.has(id)) return copied.get(id)!;
    const a = store.get(id);
    const source = a ? join(opts.workspaceDir, a.storedPath) : null;
    let name: string | null = null;
    if (a && source && existsSync(source)) {
      if (copied.size === 0) mkdirSync(join(outDir, ATTACHMENTS_FOLDER), { recursive: true });
      name = attachmentNames.take(...splitExt(safeFileName(a.fileName)));
      write([ATTACHMENTS_FOLDER, name], null, source);
    }
    copied.set(id, name);
    return name;
  };

  for (const d of new Set([...exported.values()].map((e) => e.folder))) mkdirSync(join(outDir, d), { recursive: true });
  let done = 0;
  for (const { folder, base, row } of exported.values()) {
    const body = rewriteBody(row.body, links.all(row.id) as { position: number; target_title: string; target_id: string | null }[], exported, attachmentPath);
    const fm: Record<string, unknown> = { title: row.title };
    const a = aliases.all(row.id) as string[];
    const t = tags.all(row.id) as string[];
    const au = authors.all(row.id) as string[];
    if (a.length) fm.aliases = a;
    if (t.length) fm.tags = t;
    Object.assign(fm, { kind: row.kind, stage: row.stage, created: row.created_at, updated: row.updated_at });
    if (au.length) fm.authors = au;
    write([folder, `${base}.md`], `---\n${stringifyYaml(fm)}---\n${body}`);
    if (++done % 100 === 0) opts.onProgress?.(done, exported.size);
  }
  opts.onProgress?.(exported.size, exported.size);
  return { notes: exported.size, attachments: [...copied.values()].filter(Boolean).length, outDir };
}

function splitExt(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

function rewriteBody(
  body: string,
  linkRows: { position: number; target_title: string; target_id: string | null }[],
  exported: Map<string, { base: string; row: NoteRow }>,
  attachmentPath: (id: string) => string | null,
): string {
  const edits: SourceEdit[] = [];
  const scan = scanMarkdown(body);
  parseWikiLinks(body).forEach((l, i) => {
    const row = linkRows[i];
    if (!row || !row.target_id || titleKey(row.target_title) !== titleKey(l.title) || insideAny(scan.code, l.start)) return;
    const target = exported.get(row.target_id);
    if (!target) return;
    if (target.base === l.title && !l.domain) return; // Obsidian resolves it as written.
    const shown = l.label ?? l.title;
    edits.push({ start: l.start, end: l.end, text: `[[${target.base}${l.heading ? `#${l.heading}` : ''}|${shown}]]` });
  });
  const relink = (node: { start: number; end: number; url: string; title: string | null }) => {
    const id = attachmentIdFromUrl(node.url);
    const name = id ? attachmentPath(id) : null;
    if (!name) return;
    const text = replaceDestination(body.slice(node.start, node.end), `../${ATTACHMENTS_FOLDER}/${encodeURIComponent(name)}`, node.title);
    if (text) edits.push({ start: node.start, end: node.end, text });
  };
  for (const img of scan.images) relink(img);
  for (const a of scan.links) relink(a);
  for (const d of scan.definitions) {
    const id = attachmentIdFromUrl(d.url);
    const name = id ? attachmentPath(id) : null;
    if (name) edits.push({ start: d.start, end: d.end, text: `[${d.label}]: ../${ATTACHMENTS_FOLDER}/${encodeURIComponent(name)}` });
  }
  return applyEdits(body, edits);
}
