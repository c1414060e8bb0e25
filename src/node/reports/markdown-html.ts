// Rich-text (Markdown) field values as safe HTML: parsed with mdast, emitted element by element, everything escaped.
// No raw HTML passes through, links and images become plain text (the report loads and links to nothing outside).
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents, TableRow } from 'mdast';
import { escapeHtml } from './html-escape';
import { markdownChunks } from './markdown-chunks';

const MAX_DEPTH = 64;
/** Longer rich text is printed as plain preformatted text: parsing it would take too long. */
export const MAX_PARSED_MARKDOWN = 300_000;

/** A line opening more than 32 nested quotes or lists: parsers slow down quadratically on these. */
export const DEEP_NESTING = /^[ \t]*(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*){33}/m;

/** All text under a node, without recursion (for nesting deeper than MAX_DEPTH). */
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

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function children(node: Parents, shift: number, depth: number): string {
  const block = BLOCK_PARENTS.has(node.type);
  return node.children
    .map((child) => {
      const html = render(child as Nodes, shift, depth + 1);
      // Raw HTML blocks are shown as (escaped) text in a paragraph of their own.
      return block && child.type === 'html' ? `<p>${html}</p>\n` : html;
    })
    .join('');
}

function row(node: TableRow, cell: 'th' | 'td', align: (string | null | undefined)[], shift: number, depth: number): string {
  const cells = node.children.map((c, i) => {
    const a = align[i];
    const cls = a === 'left' || a === 'right' || a === 'center' ? ` class="align-${a}"` : '';
    return `<${cell}${cls}>${children(c, shift, depth)}</${cell}>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

function render(node: Nodes, shift: number, depth: number): string {
  if (depth > MAX_DEPTH) return escapeHtml(plainText(node));
  switch (node.type) {
    case 'root':
      return children(node, shift, depth);
    case 'paragraph':
      return `<p>${children(node, shift, depth)}</p>\n`;
    case 'heading': {
      const level = Math.min(6, node.depth + shift);
      return `<h${level} class="md-heading">${children(node, shift, depth)}</h${level}>\n`;
    }
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${children(node, shift, depth)}</em>`;
    case 'strong':
      return `<strong>${children(node, shift, depth)}</strong>`;
    case 'delete':
      return `<del>${children(node, shift, depth)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.value)}</code></pre>\n`;
    case 'blockquote':
      return `<blockquote>${children(node, shift, depth)}</blockquote>\n`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? ` start="${Math.trunc(node.start)}"` : '';
      return `<${tag}${start}>${children(node, shift, depth)}</${tag}>\n`;
    }
    case 'listItem': {
      const tick = node.checked === true ? '<span class="tick">☑</span> ' : node.checked === false ? '<span class="tick">☐</span> ' : '';
      // Tight list items hold paragraphs: print them inline so the list stays compact.
      const inner = node.spread ? children(node, shift, depth) : node.children.map((c) => (c.type === 'paragraph' ? children(c, shift, depth + 1) : render(c, shift, depth + 1))).join('');
      return `<li>${tick}${inner}</li>`;
    }
    case 'thematicBreak':
      return '<hr>\n';
    case 'break':
      return '<br>';
    case 'link':
    case 'linkReference':
      return `<span class="link">${children(node, shift, depth)}</span>`;
    case 'image':
    case 'imageReference':
      return node.alt ? `<span class="image">[${escapeHtml(node.alt)}]</span>` : '';
    case 'html':
      return escapeHtml(node.value);
    case 'table': {
      const [head, ...body] = node.children;
      const align = node.align ?? [];
      const thead = head ? `<thead>${row(head, 'th', align, shift, depth)}</thead>` : '';
      return `<table class="md-table">${thead}<tbody>${body.map((r) => row(r, 'td', align, shift, depth)).join('')}</tbody></table>\n`;
    }
    case 'footnoteReference':
      return `<sup>[${escapeHtml(node.label ?? node.identifier)}]</sup>`;
    case 'footnoteDefinition':
      return `<div class="footnote"><sup>[${escapeHtml(node.label ?? node.identifier)}]</sup> ${children(node, shift, depth)}</div>\n`;
    case 'definition':
      return '';
    default:
      return 'children' in node ? children(node as Parents, shift, depth) : 'value' in node && typeof node.value === 'string' ? escapeHtml(node.value) : '';
  }
}

/** Markdown → escaped HTML; headings are pushed `shift` levels down (capped at h6). */
export function markdownToSafeHtml(markdown: string, shift = 0): string {
  if (markdown.length > MAX_PARSED_MARKDOWN || DEEP_NESTING.test(markdown)) return `<pre class="plain">${escapeHtml(markdown)}</pre>`;
  return markdownChunks(markdown)
    .map((chunk) => render(fromMarkdown(chunk, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), shift, 0))
    .join('')
    .trim();
}
