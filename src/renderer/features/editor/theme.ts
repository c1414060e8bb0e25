// CSS class names Lexical puts on the note editor's nodes (styled in styles/note-editor.css).
import type { EditorThemeClasses } from 'lexical';

export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  quote: 'ed-quote',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h4', h5: 'ed-h5', h6: 'ed-h6' },
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    listitemChecked: 'ed-li-checked',
    listitemUnchecked: 'ed-li-unchecked',
    nested: { listitem: 'ed-li-nested' },
  },
  code: 'ed-code',
  link: 'ed-link',
  hr: 'ed-hr',
  table: 'ed-table',
  tableRow: 'ed-tr',
  tableCell: 'ed-td',
  tableCellHeader: 'ed-th',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    strikethrough: 'ed-strike',
    underline: 'ed-underline',
    code: 'ed-inline-code',
    highlight: 'ed-highlight',
  },
};
