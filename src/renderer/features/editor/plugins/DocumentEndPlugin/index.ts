// Ctrl+End (Cmd+End on macOS) puts the caret at the end of the document, in a paragraph after any trailing table,
// code block or image (created when missing; that alone never marks the note changed, see MarkdownSyncPlugin).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { $ensureTrailingParagraph } from '../../markdown/trailing-paragraph';

/** Update tag of the paragraph added by Ctrl+End: no text was typed, so the body has not changed. */
export const TRAILING_PARAGRAPH_TAG = 'copw-trailing-paragraph';

export function isDocumentEndKey(event: KeyboardEvent): boolean {
  return event.key === 'End' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

export function DocumentEndPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!isDocumentEndKey(event)) return false;
          event.preventDefault();
          editor.update(
            () => {
              $ensureTrailingParagraph();
              const last = $getRoot().getLastChild();
              if ($isElementNode(last)) last.selectEnd();
              else last?.selectNext();
            },
            { tag: TRAILING_PARAGRAPH_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
