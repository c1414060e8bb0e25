// The one Markdown → HTML renderer for untrusted text (plan reports, the HTML mini-site): mdast element by element,
// everything escaped, no raw HTML; hooks decide where links, wikilinks and images may point and whether headings get ids.
import type { Definition, Nodes, Parents, TableRow } from 'mdast';
import { escapeHtml } from '../reports/html-escape';
import { parseMarkdownChunks, tooHardToParse } from './parse-markdown';
import { isLocalSrc, isSafeHref } from './safe-href';
import { markWikiLinks, restoreWikiLinks, shownLabel, splitWikiLinks } from './wikilink-marks';
import type { MarkedLink } from './wikilink-marks';

/** Where a link or image URL written in the Markdown leads. */
export type UrlTarget =
  /** A real link (`external` adds rel="noopener noreferrer nofollow"); `image` lets an image load from it (relative hrefs only). */
  | { href: string; external?: boolean; image?: boolean }
  /** No link: the text stays, marked `link dropped` / `link missing` with `note` as its tooltip, or plain `link` for 'text'. */
  | { inert: 'text' | 'dropped' | 'missing'; note?: string };

export interface SafeMarkdownHooks {
  /** Headings are pushed down this many levels (capped at h6). Default 0. */
  headingShift?: number;
  /** The id for a heading (from its text) or a footnote (from its label). Without it nothing gets an id and footnotes are not linked. */
  anchorId?(kind: 'heading' | 'footnote', text: string): string;
  /**
   * The href of the wikilink with this index (parseWikiLinks order, its title as written), or null when it leads to no page
   * (shown marked as unresolved). Without the hook wikilinks show as their label.
   */
  wikiHref?(index: number, title: string): string | null;
  /** Where a link or image URL may point. Without the hook every link keeps only its text and no image is loaded. */
  url?(url: string): UrlTarget;
}

export interface SafeMarkdown {
  html: string;
  /** Plain text of the body, wikilinks as their labels (for a search index). */
  text: string;
}

const MAX_DEPTH = 64;
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
const TEXT_ONLY: UrlTarget = { inert: 'text' };
const DROPPED: UrlTarget = { inert: 'dropped', note: 'Link removed' };

interface State {
  hooks: SafeMarkdownHooks;
  links: MarkedLink[];
  definitions: Map<string, Definition>;
  headingIds: Set<string>;
  inLink: number;
}

/** Renders untrusted Markdown; without hooks it links to nothing and loads nothing. */
export function renderSafeMarkdown(markdown: string, hooks: SafeMarkdownHooks = {}): SafeMarkdown {
  const marked = markWikiLinks(markdown);
  const state: State = { hooks, links: marked.links, definitions: new Map(), headingIds: new Set(), inLink: 0 };
  if (tooHardToParse(marked.text)) {
    const html = `<pre class="plain">${escapeHtml(restoreWikiLinks(marked.text, state.links))}</pre>`;
    return { html, text: squash(restoreWikiLinks(marked.text, state.links, shownLabel)) };
  }
  const trees = parseMarkdownChunks(marked.text);
  for (const tree of trees) collectDefinitions(tree, state.definitions);
  const html = trees.map((t) => render(t, state, 0)).join('').trim();
  const text = trees.map((t) => restoreWikiLinks(plainText(t), state.links, shownLabel)).join(' ');
  return { html, text: squash(text) };
}

/** Markdown → escaped HTML that links to nothing and loads nothing; headings pushed `headingShift` levels down. */
export function markdownToSafeHtml(markdown: string, headingShift = 0): string {
  return renderSafeMarkdown(markdown, { headingShift }).html;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function collectDefinitions(node: Nodes, out: Map<string, Definition>): void {
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    if (n.type === 'definition' && !out.has(n.identifier)) out.set(n.identifier, n);
    else if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
}

/** All text under a node, without recursion (also for nesting deeper than MAX_DEPTH). */
function plainText(node: Nodes): string {
  const out: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    if ('value' in n && typeof n.value === 'string') out.push(n.value);
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
    else if (n.type === 'image' || n.type === 'imageReference') out.push(n.alt ?? '');
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'code') out.push(' ');
  }
  return out.join('').trim();
}

/** Escaped text with the wikilinks put back as written (code, titles, raw HTML: places where no link may be made). */
const literal = (value: string, state: State): string => escapeHtml(restoreWikiLinks(value, state.links));

function wikiLinkHtml(index: number, state: State): string {
  const l = state.links[index];
  if (!l) return '';
  const shown = escapeHtml(shownLabel(l));
  if (!state.hooks.wikiHref) return `<span class="wikilink">${shown}</span>`;
  const href = state.inLink > 0 ? null : state.hooks.wikiHref(index, l.title);
  return href && isSafeHref(href)
    ? `<a class="wikilink" href="${escapeHtml(href)}">${shown}</a>`
    : `<span class="wikilink unresolved" title="Not in this export">${shown}<sup class="marker">?</sup></span>`;
}

function textHtml(value: string, state: State): string {
  return splitWikiLinks(value)
    .map((part) => (typeof part === 'number' ? wikiLinkHtml(part, state) : escapeHtml(part)))
    .join('');
}

function children(node: Parents, state: State, depth: number): string {
  const block = BLOCK_PARENTS.has(node.type);
  return node.children
    .map((child) => {
      const html = render(child as Nodes, state, depth + 1);
      // Raw HTML blocks are shown as (escaped) text in a paragraph of their own.
      return block && child.type === 'html' ? `<p>${html}</p>\n` : html;
    })
    .join('');
}

function row(node: TableRow, cell: 'th' | 'td', align: (string | null | undefined)[], state: State, depth: number): string {
  const cells = node.children.map((c, i) => {
    const a = align[i];
    const cls = a === 'left' || a === 'right' || a === 'center' ? ` class="align-${a}"` : '';
    return `<${cell}${cls}>${children(c, state, depth)}</${cell}>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

/** The hook's answer for a URL, with any href that is not safe dropped whatever the hook said. */
function target(rawUrl: string, state: State): UrlTarget {
  if (!state.hooks.url) return TEXT_ONLY;
  const t = state.hooks.url(restoreWikiLinks(rawUrl, state.links));
  return 'href' in t && !isSafeHref(t.href) ? DROPPED : t;
}

const relOf = (t: { external?: boolean }): string => (t.external ? ' rel="noopener noreferrer nofollow"' : '');

function titleAttr(title: string | null | undefined, state: State): string {
  return title ? ` title="${literal(title, state)}"` : '';
}

function linkHtml(url: string, title: string | null | undefined, inner: string, state: State): string {
  if (state.inLink > 0) return inner;
  const t = target(url, state);
  if ('inert' in t) {
    const cls = t.inert === 'text' ? 'link' : `link ${t.inert}`;
    return `<span class="${cls}"${t.note ? ` title="${escapeHtml(t.note)}"` : ''}>${inner}</span>`;
  }
  return `<a href="${escapeHtml(t.href)}"${titleAttr(title, state)}${relOf(t)}>${inner}</a>`;
}

/** A link's content, made with no links inside it. */
function linkInner(node: Parents, state: State, depth: number): string {
  state.inLink++;
  const inner = children(node, state, depth);
  state.inLink--;
  return inner;
}

function imageHtml(url: string, alt: string, title: string | null | undefined, state: State): string {
  const shownAlt = escapeHtml(restoreWikiLinks(alt, state.links, shownLabel));
  const t = target(url, state);
  if ('href' in t && t.image && isLocalSrc(t.href)) return `<img src="${escapeHtml(t.href)}" alt="${shownAlt}"${titleAttr(title, state)} loading="lazy">`;
  // Not a local image: never loaded; shown as a link to it (when allowed) or as its text.
  const label = `<span class="image-alt">[${shownAlt || 'image'}]</span>`;
  return 'href' in t && state.inLink === 0 ? `<a href="${escapeHtml(t.href)}"${relOf(t)}>${label}</a>` : label;
}

function headingHtml(node: Extract<Nodes, { type: 'heading' }>, state: State, depth: number): string {
  const level = Math.min(6, node.depth + (state.hooks.headingShift ?? 0));
  let id = '';
  if (state.hooks.anchorId) {
    const base = state.hooks.anchorId('heading', restoreWikiLinks(plainText(node), state.links, shownLabel));
    id = base;
    for (let n = 2; state.headingIds.has(id); n++) id = `${base}-${n}`;
    state.headingIds.add(id);
  }
  return `<h${level}${id ? ` id="${escapeHtml(id)}"` : ''}>${children(node, state, depth)}</h${level}>\n`;
}

function footnoteLabel(node: { identifier: string; label?: string | null }, state: State): string {
  return `[${literal(node.label ?? node.identifier, state)}]`;
}

function render(node: Nodes, state: State, depth: number): string {
  if (depth > MAX_DEPTH) return literal(plainText(node), state);
  switch (node.type) {
    case 'root':
      return children(node, state, depth);
    case 'paragraph':
      return `<p>${children(node, state, depth)}</p>\n`;
    case 'heading':
      return headingHtml(node, state, depth);
    case 'text':
      return textHtml(node.value, state);
    case 'emphasis':
      return `<em>${children(node, state, depth)}</em>`;
    case 'strong':
      return `<strong>${children(node, state, depth)}</strong>`;
    case 'delete':
      return `<del>${children(node, state, depth)}</del>`;
    case 'inlineCode':
      return `<code>${literal(node.value, state)}</code>`;
    case 'code':
      return `<pre><code>${literal(node.value, state)}</code></pre>\n`;
    case 'blockquote':
      return `<blockquote>${children(node, state, depth)}</blockquote>\n`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? ` start="${Math.trunc(node.start)}"` : '';
      return `<${tag}${start}>${children(node, state, depth)}</${tag}>\n`;
    }
    case 'listItem': {
      const task = node.checked === true || node.checked === false;
      const tick = task ? `<span class="tick">${node.checked ? '☑' : '☐'}</span> ` : '';
      // Tight list items hold paragraphs: print them inline so the list stays compact.
      const inner = node.spread
        ? children(node, state, depth)
        : node.children.map((c) => (c.type === 'paragraph' ? children(c, state, depth + 1) : render(c, state, depth + 1))).join('');
      return `<li${task ? ' class="task"' : ''}>${tick}${inner}</li>`;
    }
    case 'thematicBreak':
      return '<hr>\n';
    case 'break':
      return '<br>';
    case 'link':
      return linkHtml(node.url, node.title, linkInner(node, state, depth), state);
    case 'linkReference': {
      const def = state.definitions.get(node.identifier);
      const inner = linkInner(node, state, depth);
      return def ? linkHtml(def.url, def.title, inner, state) : literal(node.label ? `[${node.label}]` : '', state) + inner;
    }
    case 'image':
      return imageHtml(node.url, node.alt ?? '', node.title, state);
    case 'imageReference': {
      const def = state.definitions.get(node.identifier);
      return def ? imageHtml(def.url, node.alt ?? '', def.title, state) : `<span class="image-alt">[${literal(node.alt ?? '', state)}]</span>`;
    }
    case 'html':
      return `<span class="raw-html">${literal(node.value, state)}</span>`;
    case 'table': {
      const [head, ...body] = node.children;
      const align = node.align ?? [];
      const thead = head ? `<thead>${row(head, 'th', align, state, depth)}</thead>` : '';
      return `<table>${thead}<tbody>${body.map((r) => row(r, 'td', align, state, depth)).join('')}</tbody></table>\n`;
    }
    case 'footnoteReference': {
      const id = state.hooks.anchorId?.('footnote', node.identifier);
      return id ? `<sup><a href="#${escapeHtml(id)}">${footnoteLabel(node, state)}</a></sup>` : `<sup>${footnoteLabel(node, state)}</sup>`;
    }
    case 'footnoteDefinition': {
      const id = state.hooks.anchorId?.('footnote', node.identifier);
      return `<div class="footnote"${id ? ` id="${escapeHtml(id)}"` : ''}><sup>${footnoteLabel(node, state)}</sup> ${children(node, state, depth)}</div>\n`;
    }
    case 'definition':
      return '';
    default:
      return 'children' in node ? children(node as Parents, state, depth) : 'value' in node && typeof node.value === 'string' ? literal(node.value, state) : '';
  }
}
