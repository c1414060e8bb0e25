// Markdown transformer for ![alt](src) ↔ ImageNode.
import type { TextMatchTransformer } from '@lexical/markdown';
import { $createImageNode, $isImageNode, ImageNode } from '../nodes/ImageNode';

export const IMAGE: TextMatchTransformer = {
  dependencies: [ImageNode],
  export: (node) => ($isImageNode(node) ? `![${node.getAlt()}](${node.getSrc()})` : null),
  importRegExp: /!\[([^[\]\n]*)\]\(([^()\s]+)\)/,
  regExp: /!\[([^[\]\n]*)\]\(([^()\s]+)\)$/,
  replace: (textNode, match) => {
    const node = $createImageNode(match[2], match[1]);
    textNode.replace(node);
  },
  trigger: ')',
  type: 'text-match',
};
