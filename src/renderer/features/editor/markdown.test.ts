// Round trips Markdown → Lexical editor state → Markdown with the note editor's nodes and transformers.
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $loadMarkdown, $readMarkdown } from './markdown/markdown-io';
import { EDITOR_NODES } from './nodes/editor-nodes';
import { $isWikiLinkNode } from './nodes/WikiLinkNode';
import { $isImageNode } from './nodes/ImageNode';
import { $isTableNode } from '@lexical/table';

function editorWith(markdown: string) {
  const editor = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
  editor.update(() => $loadMarkdown(markdown), { discrete: true });
  return editor;
}

function roundTrip(markdown: string): string {
  return editorWith(markdown).getEditorState().read(() => $readMarkdown());
}

function nodesOf<T extends LexicalNode>(markdown: string, pick: (n: LexicalNode) => n is T): T[] {
  const editor = editorWith(markdown);
  return editor.getEditorState().read(() => {
    const out: T[] = [];
    const walk = (node: LexicalNode) => {
      if (pick(node)) out.push(node);
      if ($isElementNode(node)) node.getChildren().forEach(walk);
    };
    walk($getRoot());
    return out;
  });
}

describe('note editor Markdown round trip', () => {
  it.each([
    ['headings', '# Title\n## Section\n### Sub'],
    ['bulleted list', '- one\n- two\n- three'],
    ['numbered list', '1. first\n2. second\n3. third'],
    ['check list', '- [ ] to do\n- [x] done'],
    ['quote', '> a quoted line'],
    ['code block', '```ts\nconst a = 1;\n```'],
    ['inline code and emphasis', 'Use `copw` with **bold** and *italic* text.'],
    ['link', 'See [the docs](https://example.org/docs) now.'],
    ['image', 'Before ![A diagram](attachments/abc123/diagram.png) after'],
    ['horizontal rule', 'above\n---\nbelow'],
    ['table', '| Name | Role |\n| --- | --- |\n| Ana | coordinator |\n| Budi | core |'],
    ['paragraphs with blank lines', 'First paragraph.\n\nSecond paragraph.'],
  ])('keeps %s', (_name, markdown) => {
    expect(roundTrip(markdown)).toBe(markdown);
  });

  it.each([
    '[[Circulation desk]]',
    '[[Circulation desk|the desk]]',
    '[[Circulation desk#Opening hours]]',
    '[[Circulation/Returns]]',
    '[[Circulation/Returns#Late fees|late fees]]',
  ])('keeps the wikilink %s exactly', (link) => {
    const markdown = `See ${link} for details.`;
    expect(roundTrip(markdown)).toBe(markdown);
  });

  it('turns wikilinks into WikiLinkNodes that show the label or the target', () => {
    const links = nodesOf('[[Shelving]] and [[Cataloguing#Rules|rules]]', $isWikiLinkNode);
    expect(links.map((l) => [l.__target, l.__label, l.__text])).toEqual([
      ['Shelving', null, 'Shelving'],
      ['Cataloguing#Rules', 'rules', 'rules'],
    ]);
  });

  it('builds a table node with a wikilink cell keeping its pipe', () => {
    const markdown = '| Topic | Note |\n| --- | --- |\n| Returns | [[Returns desk|desk]] |';
    expect(roundTrip(markdown)).toBe(markdown);
    expect(nodesOf(markdown, $isTableNode)).toHaveLength(1);
  });

  it('turns image Markdown into an ImageNode', () => {
    const images = nodesOf('![logo](attachments/x1/logo.png)', $isImageNode);
    expect(images.map((i) => [i.__src, i.__alt])).toEqual([['attachments/x1/logo.png', 'logo']]);
  });

  it('keeps a whole mixed note', () => {
    const markdown = [
      '# Returns at the circulation desk',
      '',
      'Linked to [[Shelving]] and [[Circulation/Late fees|fees]].',
      '',
      '## Steps',
      '1. Scan the book',
      '2. Check [[Damage check#Rules]]',
      '',
      '- [x] trained staff',
      '- [ ] poster',
      '',
      '> Lesson: ask first.',
      '',
      '| Step | Owner |',
      '| --- | --- |',
      '| scan | desk |',
      '',
      '```',
      'copw search "returns"',
      '```',
    ].join('\n');
    expect(roundTrip(markdown)).toBe(markdown);
  });
});
