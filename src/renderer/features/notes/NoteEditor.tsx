// Note editor tab: title (renamed on Enter/blur), meta line, the Lexical body editor and the note's outgoing links.
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { NoteBodyEditor } from '../editor/NoteBodyEditor';
import { commitTitle, drafts, editBody, editTitle, isDraftDirty, markEditing, saveBody } from './note-drafts';
import { NoteEndorsements } from '../endorsements/NoteEndorsements';
import { NoteLinks } from './NoteLinks';
import { NoteMeta } from './NoteMeta';

/** Notes above this size open as Markdown source: Lexical's Markdown import would freeze the window for seconds. */
export const LARGE_NOTE_CHARS = 300_000;

export function NoteEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const draft = useStore(drafts, (s) => s.byId[id]);
  const onChange = useCallback((markdown: string) => editBody(id, markdown), [id]);
  const onEditing = useCallback(() => markEditing(id), [id]);
  // Decided once, when the note is first shown, so typing across the limit never swaps the editor.
  const large = useRef<boolean | null>(null);
  if (large.current === null && draft?.status === 'ready') large.current = draft.body.length > LARGE_NOTE_CHARS;
  const onBlur = useCallback(() => void saveBody(id), [id]);

  if (!draft || draft.status === 'loading') {
    return <div className="editor-message">{t('common.loading')}</div>;
  }
  if (draft.status === 'error' || !draft.note) {
    return (
      <div className="editor-message editor-error" role="alert" data-testid="note-error">
        <strong>{t('editor.noteUnavailable')}</strong>
        <span>
          [{draft.error?.code}] {draft.error?.message}
        </span>
      </div>
    );
  }
  const dirty = isDraftDirty(draft);

  return (
    <div className="note-editor document" data-testid="note-editor" data-editor-for={`note:${id}`}>
      <div className="note-title-row">
        <input
          className="note-title-input"
          data-testid="note-title"
          aria-label={t('editor.noteTitle')}
          placeholder={t('editor.noteTitlePlaceholder')}
          value={draft.title}
          spellCheck={false}
          onChange={(e) => editTitle(id, e.target.value)}
          onBlur={() => void commitTitle(id)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commitTitle(id);
            }
            if (e.key === 'Escape' && draft.note) editTitle(id, draft.note.title);
          }}
        />
        <span className={`note-save-state${dirty ? ' dirty' : ''}`} data-testid="note-save-state" data-state={draft.saving ? 'saving' : dirty ? 'dirty' : 'saved'}>
          {draft.saving ? t('editor.saving') : dirty ? t('editor.unsaved') : t('editor.saved')}
        </span>
      </div>
      <NoteMeta note={draft.note} />
      {large.current ? (
        <>
          <p className="note-large-hint muted" role="note">
            {t('editor.largeNote', { size: Math.round(draft.body.length / 1024) })}
          </p>
          <textarea
            className="note-body-source"
            data-testid="note-body-source"
            aria-label={t('editor.noteBody')}
            value={draft.body}
            spellCheck={false}
            onChange={(e) => editBody(id, e.target.value)}
            onBlur={onBlur}
          />
        </>
      ) : (
        <NoteBodyEditor noteId={id} body={draft.body} revision={draft.revision} onChange={onChange} onEditing={onEditing} onBlur={onBlur} />
      )}
      <NoteLinks links={draft.note.links} />
      <NoteEndorsements noteId={id} />
    </div>
  );
}
