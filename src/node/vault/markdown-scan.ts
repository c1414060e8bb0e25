// Finds, by source offsets, what the vault import rewrites: images, links, definitions, and code (where nothing is touched).
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents } from 'mdast';
import { fastCodeRanges } from './fast-code-ranges';

export interface Range {
  start: number;
  end: number;
}
export interface ImageRef extends Range {
  url: string;
  alt: string;
  title: string | null;
}
export interface LinkRef extends Range {
  url: string;
  title: string | null;
  /** Source range of the link text (between the brackets), or null when it is empty. */
  text: Range | null;
  plainText: string;
}
export interface DefinitionRef extends Range {
  url: string;
  label: string;
  title: string | null;
}
export interface MarkdownScan {
  code: Range[];
  images: ImageRef[];
  links: LinkRef[];
  definitions: DefinitionRef[];
}

/** Anything that may be an image, a link or a link definition needs the full parser. */
const NEEDS_PARSER = /\]\(|\]:|\]\[|!\[|<[A-Za-z]/;

/**
 * Parses Markdown (CommonMark + GFM) and lists the nodes the importer and exporter care about. Notes without
 * Markdown links or images whose code is unambiguous (fast-code-ranges.ts) skip the parser: it costs ~5 ms a note.
 */
export function scanMarkdown(text: string): MarkdownScan {
  const scan: MarkdownScan = { code: [], images: [], links: [], definitions: [] };
  if (!NEEDS_PARSER.test(text)) {
    const code = fastCodeRanges(text);
    if (code) return { ...scan, code };
  }
  return parseMarkdown(text);
}

/** The full mdast parse (also used by tests to check the fast path). */
export function parseMarkdown(text: string): MarkdownScan {
  const scan: MarkdownScan = { code: [], images: [], links: [], definitions: [] };
  const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  walk(tree, scan);
  return scan;
}

function range(node: Nodes): Range | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : { start: s, end: e };
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

function walk(node: Nodes, scan: MarkdownScan): void {
  const r = range(node);
  switch (node.type) {
    case 'code':
    case 'inlineCode':
    case 'html':
      if (r) scan.code.push(r);
      return;
    case 'image':
      if (r) scan.images.push({ ...r, url: node.url, alt: node.alt ?? '', title: node.title ?? null });
      return;
    case 'link': {
      if (r) {
        const first = node.children.length ? range(node.children[0]) : null;
        const last = node.children.length ? range(node.children[node.children.length - 1]) : null;
        const text = first && last ? { start: first.start, end: last.end } : null;
        scan.links.push({ ...r, url: node.url, title: node.title ?? null, text, plainText: plain(node) });
      }
      break;
    }
    case 'definition':
      if (r) scan.definitions.push({ ...r, url: node.url, label: node.label ?? node.identifier, title: node.title ?? null });
      return;
  }
  if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes, scan);
}

/** True when the offset lies inside one of the ranges (ranges sorted by start). */
export function insideAny(ranges: Range[], offset: number): boolean {
  for (const r of ranges) if (offset >= r.start && offset < r.end) return true;
  return false;
}
