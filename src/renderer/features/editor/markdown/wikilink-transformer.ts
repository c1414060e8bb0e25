// Markdown transformer for [[Target]] and [[Target|label]] ↔ WikiLinkNode (typing the closing ]] converts too).
import type { TextMatchTransformer } from '@lexical/markdown';
import { $createWikiLinkNode, $isWikiLinkNode, WikiLinkNode } from '../nodes/WikiLinkNode';

const BODY = '([^[\\]|\\n]+?)(?:\\|([^[\\]\\n]*))?';

/** Splits the inside of [[ ]] into target and label (label null when there is no "|"). */
export function splitWikiLink(inner: string): { target: string; label: string | null } {
  const pipe = inner.indexOf('|');
  return pipe < 0 ? { target: inner, label: null } : { target: inner.slice(0, pipe), label: inner.slice(pipe + 1) };
}

export const WIKILINK: TextMatchTransformer = {
  dependencies: [WikiLinkNode],
  export: (node) => ($isWikiLinkNode(node) ? node.toMarkdown() : null),
  importRegExp: new RegExp(`\\[\\[${BODY}\\]\\]`),
  regExp: new RegExp(`\\[\\[${BODY}\\]\\]$`),
  replace: (textNode, match) => {
    const node = $createWikiLinkNode(match[1], match[2] ?? null);
    textNode.replace(node);
    return node;
  },
  trigger: ']',
  type: 'text-match',
};
