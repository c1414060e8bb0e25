// Markdown transformer for GFM pipe tables ↔ TableNode (first row before a --- divider is the header).
import { $convertFromMarkdownString, $convertToMarkdownString, type ElementTransformer, type Transformer } from '@lexical/markdown';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableNode,
  $isTableRowNode,
  TableCellHeaderStates,
  TableCellNode,
  TableNode,
  TableRowNode,
} from '@lexical/table';
import { $isParagraphNode, $isTextNode, type LexicalNode } from 'lexical';
import { splitTableRow, TABLE_DIVIDER, TABLE_ROW } from './table-cells';

function columns(table: TableNode): number {
  const row = table.getFirstChild();
  return $isTableRowNode(row) ? row.getChildrenSize() : 0;
}

export function createTableTransformer(transformers: () => Transformer[]): ElementTransformer {
  const cell = (text: string): TableCellNode => {
    const node = $createTableCellNode(TableCellHeaderStates.NO_STATUS);
    $convertFromMarkdownString(text.replace(/\\n/g, '\n'), transformers(), node);
    return node;
  };

  return {
    dependencies: [TableNode, TableRowNode, TableCellNode],
    export: (node) => {
      if (!$isTableNode(node)) return null;
      const lines: string[] = [];
      node.getChildren().forEach((row, index) => {
        if (!$isTableRowNode(row)) return;
        const cells = row
          .getChildren()
          .filter($isTableCellNode)
          .map((c) => $convertToMarkdownString(transformers(), c).replace(/\n/g, '\\n').trim());
        lines.push(`| ${cells.join(' | ')} |`);
        const header = row.getChildren().some((c) => $isTableCellNode(c) && c.hasHeaderState(TableCellHeaderStates.ROW));
        if (index === 0 && header) lines.push(`| ${cells.map(() => '---').join(' | ')} |`);
      });
      // GFM reads a text line right under a table as one more row: keep a blank line before a following paragraph.
      const next = node.getNextSibling();
      return lines.join('\n') + ($isParagraphNode(next) && !next.isEmpty() ? '\n' : '');
    },
    regExp: TABLE_ROW,
    replace: (parentNode, _children, match, isImport) => {
      if (TABLE_DIVIDER.test(match[0])) {
        const table = parentNode.getPreviousSibling();
        const last = $isTableNode(table) ? table.getLastChild() : null;
        if (!$isTableRowNode(last)) return false;
        for (const c of last.getChildren()) if ($isTableCellNode(c)) c.setHeaderStyles(TableCellHeaderStates.ROW, TableCellHeaderStates.ROW);
        parentNode.remove();
        return;
      }
      const first = splitTableRow(match[0]);
      if (!first) return false;
      const rows = [first];
      // Typed as a shortcut: earlier plain-text rows above become part of the table.
      let sibling: LexicalNode | null = parentNode.getPreviousSibling();
      while (!isImport && $isParagraphNode(sibling) && sibling.getChildrenSize() === 1 && $isTextNode(sibling.getFirstChild())) {
        const cells = splitTableRow(sibling.getTextContent());
        if (!cells) break;
        rows.unshift(cells);
        const prev: LexicalNode | null = sibling.getPreviousSibling();
        sibling.remove();
        sibling = prev;
      }
      const width = Math.max(...rows.map((r) => r.length));
      const previous = parentNode.getPreviousSibling();
      const target = $isTableNode(previous) && columns(previous) === width ? previous : $createTableNode();
      for (const cells of rows) {
        const row = $createTableRowNode();
        for (let i = 0; i < width; i++) row.append(cell(cells[i] ?? ''));
        target.append(row);
      }
      if (target === previous) parentNode.remove();
      else parentNode.replace(target);
      if (!isImport) target.selectEnd();
    },
    type: 'element',
  };
}
