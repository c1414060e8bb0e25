// Parsing untrusted Markdown with mdast + GFM, in pieces, with the limits past which it is shown as plain text instead.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';
import { markdownChunks } from './markdown-chunks';

/** Longer Markdown is printed as plain preformatted text: parsing it would take too long. */
export const MAX_PARSED_MARKDOWN = 300_000;

/** A line opening more than 32 nested quotes or lists: parsers slow down quadratically on these. */
export const DEEP_NESTING = /^[ \t]*(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*){33}/m;

/** More than 32 emphasis or strikethrough marks in a row: matching their openers and closers is quadratic. */
const LONG_DELIMITER_RUN = /([*_~])\1{32}/;
/** Brackets nested deeper than this make link-label matching quadratic (1,000 deep took 3.6 s). */
const MAX_BRACKET_DEPTH = 32;

function bracketDepth(markdown: string): number {
  let depth = 0;
  let max = 0;
  for (let i = markdown.indexOf('['); i >= 0 && i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x5d && depth > 0) depth--;
    else if (c === 0x0a && markdown.charCodeAt(i + 1) === 0x0a) depth = 0;
  }
  return max;
}

/** True when the text is too long, too deeply nested or too full of delimiters to parse in good time. */
export function tooHardToParse(markdown: string): boolean {
  return markdown.length > MAX_PARSED_MARKDOWN || DEEP_NESTING.test(markdown) || LONG_DELIMITER_RUN.test(markdown) || bracketDepth(markdown) > MAX_BRACKET_DEPTH;
}

/** One Markdown text (or chunk of one) as an mdast tree with GFM (tables, task lists, strikethrough, footnotes, autolinks). */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The text parsed piece by piece at block boundaries (see markdownChunks), one tree per piece. */
export function parseMarkdownChunks(markdown: string): Root[] {
  return markdownChunks(markdown).map(parseMarkdown);
}
