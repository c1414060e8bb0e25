// Note editor tab: editable title, meta line, Markdown source body and the note's outgoing links.
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { drafts, editBody, editTitle } from './note-drafts';
import { NoteLinks } from './NoteLinks';
import { NoteMeta } from './NoteMeta';

export function NoteEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const draft = useStore(drafts, (s) => s.byId[id]);

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

  return (
    <div className="note-editor document" data-testid="note-editor" data-editor-for={`note:${id}`}>
      <input
        className="note-title-input"
        data-testid="note-title"
        aria-label={t('editor.noteTitle')}
        placeholder={t('editor.noteTitlePlaceholder')}
        value={draft.title}
        spellCheck={false}
        onChange={(e) => editTitle(id, e.target.value)}
      />
      <NoteMeta note={draft.note} />
      <textarea
        className="note-body"
        data-testid="note-body"
        aria-label={t('editor.noteBody')}
        placeholder={t('editor.noteBodyPlaceholder')}
        value={draft.body}
        spellCheck={false}
        onChange={(e) => editBody(id, e.target.value)}
      />
      <NoteLinks links={draft.note.links} />
    </div>
  );
}
