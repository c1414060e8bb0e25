// Lists a vault's files: Markdown notes and other files, skipping dot-folders and node_modules, never leaving the vault.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ImportWarning } from '../../common/api/methods/vault';

export interface VaultListing {
  /** Real path of the vault folder. */
  root: string;
  /** Markdown files, relative paths with forward slashes, sorted. */
  notes: string[];
  /** Every other regular file (candidate attachments), relative paths with forward slashes. */
  others: string[];
  warnings: ImportWarning[];
}

const MARKDOWN_RE = /\.(md|markdown)$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

export function isMarkdownFile(name: string): boolean {
  return MARKDOWN_RE.test(name);
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** True when `child` (an absolute, real path) is `root` or inside it. */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

export function listVault(dir: string): VaultListing {
  const root = realpathSync(dir);
  const listing: VaultListing = { root, notes: [], others: [], warnings: [] };
  const visit = (abs: string) => {
    const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(abs, e.name);
      const rel = toPosix(relative(root, full));
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name)) visit(full);
      } else if (e.isSymbolicLink()) {
        followLink(full, rel, e.name, listing);
      } else if (e.isFile()) {
        (isMarkdownFile(e.name) ? listing.notes : listing.others).push(rel);
      }
    }
  };
  visit(root);
  return listing;
}

/** Symbolic links: files inside the vault are used; anything pointing outside (or a folder) is not followed. */
function followLink(full: string, rel: string, name: string, listing: VaultListing): void {
  let target: string;
  try {
    target = realpathSync(full);
  } catch {
    listing.warnings.push({ file: rel, message: 'Broken symbolic link; skipped' });
    return;
  }
  if (!isInside(listing.root, target)) {
    listing.warnings.push({ file: rel, message: 'Symbolic link points outside the vault; not followed' });
    return;
  }
  if (statSync(target).isDirectory()) {
    listing.warnings.push({ file: rel, message: 'Symbolic link to a folder; not followed' });
    return;
  }
  (isMarkdownFile(name) ? listing.notes : listing.others).push(rel);
}
