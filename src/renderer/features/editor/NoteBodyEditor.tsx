// The Lexical rich-text editor of a note body: Markdown in and out, shortcuts, history, wikilinks, tables, images.
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createLinkedNote, followWikiLink } from './follow-link';
import { $loadMarkdown } from './markdown/markdown-io';
import { $ensureTrailingParagraph } from './markdown/trailing-paragraph';
import { NOTE_TRANSFORMERS } from './markdown/transformers';
import { EDITOR_NODES } from './nodes/editor-nodes';
import { AttachmentDropPlugin } from './plugins/AttachmentDropPlugin';
import { DocumentEndPlugin } from './plugins/DocumentEndPlugin';
import { MarkdownSyncPlugin } from './plugins/MarkdownSyncPlugin';
import { WikiLinkClickPlugin } from './plugins/WikiLinkClickPlugin';
import { WikiLinkResolvePlugin } from './plugins/WikiLinkResolvePlugin';
import { WikiLinkTypeaheadPlugin } from './plugins/WikiLinkTypeaheadPlugin';
import { EDITOR_THEME } from './theme';

export interface NoteBodyEditorProps {
  noteId: string;
  body: string;
  revision: number;
  onChange(markdown: string): void;
  onEditing(): void;
  onBlur(): void;
}

export function NoteBodyEditor({ noteId, body, revision, onChange, onEditing, onBlur }: NoteBodyEditorProps) {
  const { t } = useTranslation();
  // Created once per mount: later bodies arrive through MarkdownSyncPlugin.
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: `note-${noteId}`,
      nodes: EDITOR_NODES,
      theme: EDITOR_THEME,
      editorState: () => {
        $loadMarkdown(body);
        $ensureTrailingParagraph();
      },
      onError: (error) => {
        throw error;
      },
    }),
    [noteId],
  );
  const follow = useCallback((target: string) => void followWikiLink(noteId, target), [noteId]);
  const create = useCallback((title: string) => void createLinkedNote(noteId, title), [noteId]);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="note-body-shell" onBlur={onBlur}>
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="note-body-editor"
              data-testid="note-body"
              aria-label={t('editor.noteBody')}
              aria-placeholder={t('editor.noteBodyPlaceholder')}
              placeholder={<div className="note-body-placeholder">{t('editor.noteBodyPlaceholder')}</div>}
              spellCheck={false}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <CheckListPlugin />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
        <LinkPlugin />
        <HorizontalRulePlugin />
        <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
        <MarkdownSyncPlugin noteId={noteId} body={body} revision={revision} onChange={onChange} onEditing={onEditing} />
        <WikiLinkTypeaheadPlugin onCreate={create} />
        <WikiLinkClickPlugin onFollow={follow} />
        <WikiLinkResolvePlugin />
        <AttachmentDropPlugin noteId={noteId} />
        <DocumentEndPlugin />
      </div>
    </LexicalComposer>
  );
}
