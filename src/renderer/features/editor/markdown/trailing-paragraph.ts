// A note ending in a table, code block or image/rule gets an empty paragraph after it, so the caret can go there.
import { $isCodeNode } from '@lexical/code';
import { $isTableNode } from '@lexical/table';
import { $createParagraphNode, $getRoot, $isDecoratorNode, type LexicalNode, type ParagraphNode } from 'lexical';

/** Blocks the caret cannot be put after by typing: a paragraph is kept after them at the end of the document. */
export function $needsParagraphAfter(node: LexicalNode | null): boolean {
  return node !== null && ($isTableNode(node) || $isCodeNode(node) || $isDecoratorNode(node));
}

/** Appends an empty paragraph when the document ends in a table, code block or decorator; returns it (or null). */
export function $ensureTrailingParagraph(): ParagraphNode | null {
  const root = $getRoot();
  if (!$needsParagraphAfter(root.getLastChild())) return null;
  const paragraph = $createParagraphNode();
  root.append(paragraph);
  return paragraph;
}
