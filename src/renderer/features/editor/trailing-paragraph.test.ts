// A note ending in a table or code block gets an empty paragraph after it; text typed there stays out of the table.
import { createHeadlessEditor } from '@lexical/headless';
import { $createTextNode, $getRoot, $isElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $loadMarkdown, $readMarkdown } from './markdown/markdown-io';
import { $ensureTrailingParagraph } from './markdown/trailing-paragraph';
import { EDITOR_NODES } from './nodes/editor-nodes';

const TABLE = '| a | b |\n| --- | --- |\n| 1 | 2 |';

function loaded(markdown: string) {
  const editor = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
  editor.update(() => { $loadMarkdown(markdown); $ensureTrailingParagraph(); }, { discrete: true });
  return editor;
}
const types = (editor: ReturnType<typeof loaded>) => editor.getEditorState().read(() => $getRoot().getChildren().map((c) => c.getType()));

describe('trailing paragraph', () => {
  it.each([
    ['table', `Intro\n\n${TABLE}`, 'table'],
    ['code block', 'Intro\n\n```\ncode\n```', 'code'],
    ['rule', 'Intro\n\n---', 'horizontalrule'],
  ])('is added after a trailing %s, and only once', (_name, markdown, block) => {
    const editor = loaded(markdown);
    expect(types(editor).slice(-2)).toEqual([block, 'paragraph']);
    const count = types(editor).length;
    editor.update(() => expect($ensureTrailingParagraph()).toBeNull(), { discrete: true });
    expect(types(editor)).toHaveLength(count);
  });

  it('is not added after a paragraph', () => {
    expect(types(loaded('Just text'))).toEqual(['paragraph']);
  });

  it('exports text typed after a table with a blank line, so it is not read back as a table row', () => {
    const editor = loaded(`Intro\n\n${TABLE}`);
    editor.update(() => {
      const last = $getRoot().getLastChild();
      if ($isElementNode(last)) last.append($createTextNode('After text'));
    }, { discrete: true });
    const out = editor.getEditorState().read(() => $readMarkdown());
    expect(out).toBe(`Intro\n\n${TABLE}\n\nAfter text`);
    expect(types(loaded(out)).slice(-3)).toEqual(['table', 'paragraph', 'paragraph']);
  });
});
