// Rewrites one imported note body: wikilinks to titles, Markdown links to notes into wikilinks, vault files into attachment links.
import { posix } from 'node:path';
import { parseWikiLinks, titleKey } from '../../common/wikilink';
import { insideAny, scanMarkdown } from './markdown-scan';
import { applyEdits, replaceDestination } from './source-edits';
import type { SourceEdit } from './source-edits';
import type { IndexedNote, VaultIndex } from './vault-index';
import { linkPath, resolveInVault } from './vault-path';
import { isMarkdownFile } from './vault-files';

export interface ImportRewriteContext<N extends IndexedNote> {
  index: VaultIndex<N>;
  /** Real path of the vault root. */
  root: string;
  /** The wikilink target text that resolves to the note after import (its title, domain-qualified when needed). */
  linkTarget(note: N): string;
  /** Stores (or plans) a vault file as an attachment and returns its link URL, or null when it could not be taken. */
  attach(rel: string, abs: string): string | null;
  warn(message: string): void;
}

export interface ImportRewrite {
  body: string;
  /** Wikilink targets that matched no note of the vault (they may still resolve to notes already in the workspace). */
  unresolvedTargets: string[];
  /** How many `[[...]]` sit inside code (left alone, and not links to the importer). */
  codeLinks: number;
}

const UNSAFE_LABEL_RE = /[[\]|\n]/;

function splitRaw(raw: string): { target: string; heading: string | null; label: string | null } {
  const pipe = raw.indexOf('|');
  const label = pipe >= 0 ? raw.slice(pipe + 1) : null;
  const left = pipe >= 0 ? raw.slice(0, pipe) : raw;
  const hash = left.indexOf('#');
  return { target: hash >= 0 ? left.slice(0, hash) : left, heading: hash >= 0 ? left.slice(hash + 1) : null, label };
}

/** Builds `[[target#heading|label]]`, dropping a label that only repeats the title. */
export function buildWikiLink(target: string, title: string, heading: string | null, label: string | null): string {
  const keep = label !== null && label.trim() !== '' && titleKey(label) !== titleKey(title) ? label.trim() : null;
  return `[[${target}${heading ? `#${heading}` : ''}${keep ? `|${keep}` : ''}]]`;
}

export function rewriteImportedBody<N extends IndexedNote>(body: string, fromRel: string, ctx: ImportRewriteContext<N>): ImportRewrite {
  const scan = scanMarkdown(body);
  const edits: SourceEdit[] = [];
  const unresolvedTargets: string[] = [];
  let codeLinks = 0;
  const fileName = (rel: string) => posix.basename(rel);

  for (const link of parseWikiLinks(body)) {
    if (insideAny(scan.code, link.start)) {
      codeLinks++;
      continue;
    }
    const { target, heading, label } = splitRaw(link.raw);
    const note = ctx.index.findNote(target, fromRel);
    if (note) {
      // A link by alias keeps showing the alias.
      const shown = label ?? (note.aliases.some((a) => titleKey(a) === titleKey(target)) ? target.trim() : null);
      const text = buildWikiLink(ctx.linkTarget(note), note.title, heading, shown);
      if (text !== body.slice(link.start, link.end)) edits.push({ start: link.start, end: link.end, text });
      continue;
    }
    const fileRel = ctx.index.findFile(target, fromRel);
    if (fileRel) {
      const checked = resolveInVault(ctx.root, '', fileRel);
      const url = checked.ok ? ctx.attach(checked.rel, checked.abs) : null;
      if (!checked.ok) ctx.warn(checked.message);
      if (url) {
        const embed = link.start > 0 && body[link.start - 1] === '!';
        const shown = (label ?? fileName(fileRel)).replace(/[[\]]/g, '');
        edits.push(embed ? { start: link.start - 1, end: link.end, text: `![${shown}](${url})` } : { start: link.start, end: link.end, text: `[${shown}](${url})` });
        continue;
      }
    }
    unresolvedTargets.push(target.trim());
  }

  for (const img of scan.images) {
    const p = linkPath(img.url);
    if (!p) continue;
    const checked = resolveInVault(ctx.root, fromRel, p.path);
    if (!checked.ok) {
      ctx.warn(`Image: ${checked.message}; kept as is`);
      continue;
    }
    const url = ctx.attach(checked.rel, checked.abs);
    const text = url ? replaceDestination(body.slice(img.start, img.end), url, img.title) : null;
    if (text) edits.push({ start: img.start, end: img.end, text });
  }

  for (const a of scan.links) {
    const p = linkPath(a.url);
    if (!p) continue;
    let checked = resolveInVault(ctx.root, fromRel, p.path);
    if (!checked.ok && checked.reason === 'missing' && !posix.extname(p.path)) {
      const withExt = resolveInVault(ctx.root, fromRel, `${p.path.replace(/\/+$/, '')}.md`);
      if (withExt.ok) checked = withExt;
    }
    if (!checked.ok) {
      ctx.warn(`Link: ${checked.message}; kept as is`);
      continue;
    }
    if (isMarkdownFile(checked.rel)) {
      const note = ctx.index.noteAtPath(checked.rel);
      if (!note) {
        ctx.warn(`Link to "${p.path}", which is not an imported note; kept as is`);
        continue;
      }
      const raw = a.text ? body.slice(a.text.start, a.text.end) : '';
      const label = UNSAFE_LABEL_RE.test(raw) ? a.plainText.replace(/[[\]|\n]/g, ' ').trim() : raw;
      edits.push({ start: a.start, end: a.end, text: buildWikiLink(ctx.linkTarget(note), note.title, p.fragment || null, label || null) });
      continue;
    }
    const url = ctx.attach(checked.rel, checked.abs);
    const text = url ? replaceDestination(body.slice(a.start, a.end), url, a.title) : null;
    if (text) edits.push({ start: a.start, end: a.end, text });
  }

  for (const d of scan.definitions) {
    const p = linkPath(d.url);
    if (!p || isMarkdownFile(p.path)) continue; // Foam's generated definitions for wikilinks stay as they are.
    const checked = resolveInVault(ctx.root, fromRel, p.path);
    if (!checked.ok) {
      ctx.warn(`Link definition [${d.label}]: ${checked.message}; kept as is`);
      continue;
    }
    const url = ctx.attach(checked.rel, checked.abs);
    if (url) edits.push({ start: d.start, end: d.end, text: `[${d.label}]: ${url}${d.title ? ` "${d.title.replace(/["\\]/g, '\\$&')}"` : ''}` });
  }

  return { body: applyEdits(body, edits), unresolvedTargets, codeLinks };
}
