// Untrusted note Markdown → safe HTML for the mini-site: parsed with mdast, emitted element by element, everything escaped.
// Raw HTML shows as text; links only http(s), mailto, in-page anchors, resolved wikilinks and copied attachments.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Definition, Nodes, Parents, TableRow } from 'mdast';
import { parseWikiLinks } from '../../../common/wikilink';
import { escapeHtml } from '../../reports/html-escape';
import { markdownChunks } from '../../reports/markdown-chunks';
import { DEEP_NESTING, MAX_PARSED_MARKDOWN } from '../../reports/markdown-html';
import { headingId, siteSlug } from './site-names';
import { safeExternalHref } from './site-url';

const MAX_DEPTH = 64;
/** Placeholder marks for wikilinks (private-use characters; any already in the note are replaced first). */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER_RE = /\uE000(\d+)\uE001/g;

export interface SiteLinkHooks {
  /** The href of the wikilink with this index in the body (parseWikiLinks order, its title as written), or null when it resolves to no page here. */
  wikiHref(index: number, title: string): string | null;
  /** The site-relative href and whether it is a safe image, for an attachment URL, or null (not an attachment / not exported). */
  attachment(url: string): { href: string; image: boolean } | null;
  /** True when the URL is an attachment URL at all (so a missing one is marked rather than treated as a relative link). */
  isAttachmentUrl(url: string): boolean;
}

interface RenderState {
  hooks: SiteLinkHooks;
  links: { raw: string; label: string | null; title: string }[];
  definitions: Map<string, Definition>;
  headingIds: Set<string>;
  inLink: number;
}

export interface RenderedNote {
  html: string;
  /** Plain text of the body (for the search index). */
  text: string;
}

/** Renders a note body; `hooks` decide where wikilinks and attachments point. */
export function renderNoteMarkdown(body: string, hooks: SiteLinkHooks): RenderedNote {
  const clean = body.replace(/[\uE000\uE001]/g, '\uFFFD');
  const wikilinks = parseWikiLinks(clean);
  let marked = '';
  let last = 0;
  wikilinks.forEach((l, i) => {
    marked += clean.slice(last, l.start) + `${OPEN}${i}${CLOSE}`;
    last = l.end;
  });
  marked += clean.slice(last);
  const state: RenderState = {
    hooks,
    links: wikilinks.map((l) => ({ raw: l.raw, label: l.label, title: l.title })),
    definitions: new Map(),
    headingIds: new Set(),
    inLink: 0,
  };
  if (marked.length > MAX_PARSED_MARKDOWN || DEEP_NESTING.test(marked)) {
    const plain = restore(marked, state, (l) => l.label ?? l.title);
    return { html: `<pre class="plain">${escapeHtml(restore(marked, state))}</pre>`, text: plain.replace(/\s+/g, ' ').trim() };
  }
  const trees = markdownChunks(marked).map((chunk) => fromMarkdown(chunk, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  for (const tree of trees) collectDefinitions(tree, state.definitions);
  const html = trees.map((t) => render(t, state, 0)).join('').trim();
  const text = trees.map((t) => restore(plainText(t), state, (l) => l.label ?? l.title)).join(' ');
  return { html, text: text.replace(/\s+/g, ' ').trim() };
}

/** Puts the written wikilinks back (for places where no link may be made: code, URLs, raw HTML). */
function restore(text: string, state: RenderState, show?: (l: RenderState['links'][number]) => string): string {
  return text.replace(PLACEHOLDER_RE, (_m, n: string) => {
    const l = state.links[Number(n)];
    if (!l) return '';
    return show ? show(l) : `[[${l.raw}]]`;
  });
}

function collectDefinitions(node: Nodes, out: Map<string, Definition>): void {
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    if (n.type === 'definition' && !out.has(n.identifier)) out.set(n.identifier, n);
    else if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
}

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

function textHtml(value: string, state: RenderState): string {
  let out = '';
  let last = 0;
  for (const m of value.matchAll(PLACEHOLDER_RE)) {
    out += escapeHtml(value.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    const index = Number(m[1]);
    const l = state.links[index];
    if (!l) continue;
    const shown = escapeHtml(l.label ?? l.title);
    const href = state.inLink > 0 ? null : state.hooks.wikiHref(index, l.title);
    out += href
      ? `<a class="wikilink" href="${escapeHtml(href)}">${shown}</a>`
      : `<span class="wikilink unresolved" title="Not in this export">${shown}<sup class="marker">?</sup></span>`;
  }
  return out + escapeHtml(value.slice(last));
}

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function children(node: Parents, state: RenderState, depth: number): string {
  const block = BLOCK_PARENTS.has(node.type);
  return node.children
    .map((child) => {
      const html = render(child as Nodes, state, depth + 1);
      return block && child.type === 'html' ? `<p>${html}</p>\n` : html;
    })
    .join('');
}

function row(node: TableRow, cell: 'th' | 'td', align: (string | null | undefined)[], state: RenderState, depth: number): string {
  const cells = node.children.map((c, i) => {
    const a = align[i];
    const cls = a === 'left' || a === 'right' || a === 'center' ? ` class="align-${a}"` : '';
    return `<${cell}${cls}>${children(c, state, depth)}</${cell}>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

/** The href a Markdown link or image URL may get, and whether it is a copied image. */
function resolveUrl(rawUrl: string, state: RenderState): { href: string; image: boolean; external: boolean } | 'missing' | null {
  const url = restore(rawUrl, state);
  if (state.hooks.isAttachmentUrl(url)) {
    const a = state.hooks.attachment(url);
    return a ? { ...a, external: false } : 'missing';
  }
  if (/^#[^\s]+$/.test(url)) return { href: `#${headingId(decodeSafe(url.slice(1)))}`, image: false, external: false };
  const ext = safeExternalHref(url);
  return ext ? { href: ext, image: false, external: true } : null;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function linkHtml(url: string, title: string | null | undefined, inner: string, state: RenderState): string {
  if (state.inLink > 0) return inner;
  const r = resolveUrl(url, state);
  if (r === 'missing') return `<span class="link missing" title="Attachment not in this export">${inner}</span>`;
  if (!r) return `<span class="link dropped" title="Link removed">${inner}</span>`;
  const t = title ? ` title="${escapeHtml(restore(title, state))}"` : '';
  const rel = r.external ? ' rel="noopener noreferrer nofollow"' : '';
  return `<a href="${escapeHtml(r.href)}"${t}${rel}>${inner}</a>`;
}

function imageHtml(url: string, alt: string, title: string | null | undefined, state: RenderState): string {
  const shownAlt = escapeHtml(restore(alt, state, (l) => l.label ?? l.title));
  const r = resolveUrl(url, state);
  if (r && r !== 'missing' && r.image) {
    const t = title ? ` title="${escapeHtml(restore(title, state))}"` : '';
    return `<img src="${escapeHtml(r.href)}" alt="${shownAlt}"${t} loading="lazy">`;
  }
  // Not a copied image: never loaded; shown as a link (when allowed) or as its text.
  const label = `<span class="image-alt">[${shownAlt || 'image'}]</span>`;
  if (r && r !== 'missing' && state.inLink === 0) return `<a href="${escapeHtml(r.href)}"${r.external ? ' rel="noopener noreferrer nofollow"' : ''}>${label}</a>`;
  return label;
}

function render(node: Nodes, state: RenderState, depth: number): string {
  if (depth > MAX_DEPTH) return escapeHtml(restore(plainText(node), state));
  switch (node.type) {
    case 'root':
      return children(node, state, depth);
    case 'paragraph':
      return `<p>${children(node, state, depth)}</p>\n`;
    case 'heading': {
      const base = headingId(restore(plainText(node), state, (l) => l.label ?? l.title));
      let id = base;
      for (let n = 2; state.headingIds.has(id); n++) id = `${base}-${n}`;
      state.headingIds.add(id);
      const level = Math.min(6, node.depth + 1);
      return `<h${level} id="${escapeHtml(id)}">${children(node, state, depth)}</h${level}>\n`;
    }
    case 'text':
      return textHtml(node.value, state);
    case 'emphasis':
      return `<em>${children(node, state, depth)}</em>`;
    case 'strong':
      return `<strong>${children(node, state, depth)}</strong>`;
    case 'delete':
      return `<del>${children(node, state, depth)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(restore(node.value, state))}</code>`;
    case 'code':
      return `<pre><code>${escapeHtml(restore(node.value, state))}</code></pre>\n`;
    case 'blockquote':
      return `<blockquote>${children(node, state, depth)}</blockquote>\n`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? ` start="${Math.trunc(node.start)}"` : '';
      return `<${tag}${start}>${children(node, state, depth)}</${tag}>\n`;
    }
    case 'listItem': {
      const task = node.checked === true || node.checked === false;
      const tick = task ? `<input type="checkbox" disabled${node.checked ? ' checked' : ''}> ` : '';
      const inner = node.spread
        ? children(node, state, depth)
        : node.children.map((c) => (c.type === 'paragraph' ? children(c, state, depth + 1) : render(c, state, depth + 1))).join('');
      return `<li${task ? ' class="task"' : ''}>${tick}${inner}</li>\n`;
    }
    case 'thematicBreak':
      return '<hr>\n';
    case 'break':
      return '<br>';
    case 'link': {
      state.inLink++;
      const inner = children(node, state, depth);
      state.inLink--;
      return linkHtml(node.url, node.title, inner, state);
    }
    case 'linkReference': {
      const def = state.definitions.get(node.identifier);
      state.inLink++;
      const inner = children(node, state, depth);
      state.inLink--;
      return def ? linkHtml(def.url, def.title, inner, state) : escapeHtml(restore(node.label ? `[${node.label}]` : '', state)) + inner;
    }
    case 'image':
      return imageHtml(node.url, node.alt ?? '', node.title, state);
    case 'imageReference': {
      const def = state.definitions.get(node.identifier);
      return def ? imageHtml(def.url, node.alt ?? '', def.title, state) : `<span class="image-alt">[${escapeHtml(restore(node.alt ?? '', state))}]</span>`;
    }
    case 'html':
      return `<span class="raw-html">${escapeHtml(restore(node.value, state))}</span>`;
    case 'table': {
      const [head, ...body] = node.children;
      const align = node.align ?? [];
      const thead = head ? `<thead>${row(head, 'th', align, state, depth)}</thead>` : '';
      return `<table>${thead}<tbody>${body.map((r) => row(r, 'td', align, state, depth)).join('')}</tbody></table>\n`;
    }
    case 'footnoteReference': {
      const id = siteSlug(node.identifier, 'x');
      return `<sup><a href="#fn-${escapeHtml(id)}">[${escapeHtml(restore(node.label ?? node.identifier, state))}]</a></sup>`;
    }
    case 'footnoteDefinition': {
      const id = siteSlug(node.identifier, 'x');
      return `<div class="footnote" id="fn-${escapeHtml(id)}"><sup>[${escapeHtml(restore(node.label ?? node.identifier, state))}]</sup> ${children(node, state, depth)}</div>\n`;
    }
    case 'definition':
      return '';
    default:
      return 'children' in node
        ? children(node as Parents, state, depth)
        : 'value' in node && typeof node.value === 'string'
          ? escapeHtml(restore(node.value, state))
          : '';
  }
}
