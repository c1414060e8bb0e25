// Keeps the editor and the note draft in sync: edits flow out as Markdown, bodies replaced from outside flow in.
// Opening a note never changes it: until the content really differs from what was loaded, the original text is reported.
// Large notes, whose conversion takes longer than a frame, convert after a short pause; saves and unloads flush it first.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, CLEAR_HISTORY_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import { registerEditorFlush } from '../../../notes/editor-flush';
import { $loadMarkdown, $readMarkdown } from '../../markdown/markdown-io';
import { $ensureTrailingParagraph } from '../../markdown/trailing-paragraph';
import { TRAILING_PARAGRAPH_TAG } from '../DocumentEndPlugin';

/** Conversions slower than this switch the editor to converting after a pause. */
const SLOW_EXPORT_MS = 12;
const LAZY_DELAY_MS = 250;

export interface MarkdownSyncProps {
  noteId: string;
  body: string;
  revision: number;
  onChange(markdown: string): void;
  /** An edit happened whose Markdown is not computed yet. */
  onEditing(): void;
}

export function MarkdownSyncPlugin({ noteId, body, revision, onChange, onEditing }: MarkdownSyncProps) {
  const [editor] = useLexicalComposerContext();
  const lastBody = useRef(body);
  const lastRevision = useRef(revision);
  /** The loaded body and the editor's own Markdown for it (they differ when the source was written differently). */
  const loaded = useRef<{ body: string; exported: string } | null>(null);

  useEffect(() => {
    let slow = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const started = performance.now();
    loaded.current = { body: lastBody.current, exported: editor.getEditorState().read(() => $readMarkdown()) };
    slow = performance.now() - started > SLOW_EXPORT_MS;

    const emit = () => {
      timer = null;
      const t0 = performance.now();
      const exported = editor.getEditorState().read(() => $readMarkdown());
      slow = performance.now() - t0 > SLOW_EXPORT_MS;
      const markdown = loaded.current && exported === loaded.current.exported ? loaded.current.body : exported;
      lastBody.current = markdown;
      onChange(markdown);
    };

    const offUpdate = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (tags.has('copw-load')) {
        if (timer) clearTimeout(timer);
        timer = null;
        loaded.current = { body: lastBody.current, exported: editorState.read(() => $readMarkdown()) };
        return;
      }
      // An empty paragraph added after a trailing table or code block: nothing was typed, the body is unchanged.
      if (tags.has(TRAILING_PARAGRAPH_TAG)) return;
      if (slow) {
        onEditing();
        if (timer) clearTimeout(timer);
        timer = setTimeout(emit, LAZY_DELAY_MS);
        return;
      }
      emit();
    });
    const offFlush = registerEditorFlush(noteId, () => {
      if (!timer) return;
      clearTimeout(timer);
      emit();
    });
    return () => {
      offUpdate();
      offFlush();
      // Unmounting (tab switch or close) with a pending conversion: convert now.
      if (timer) {
        clearTimeout(timer);
        emit();
      }
    };
  }, [editor, noteId, onChange, onEditing]);

  useEffect(() => {
    if (revision === lastRevision.current) return;
    lastRevision.current = revision;
    if (body === lastBody.current) return;
    lastBody.current = body;
    editor.update(
      () => {
        $getRoot().clear();
        $loadMarkdown(body);
        $ensureTrailingParagraph();
      },
      { tag: 'copw-load' },
    );
    // Undo must not step back into the text that was replaced from outside.
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  }, [editor, body, revision]);

  return null;
}
