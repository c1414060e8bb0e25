// The History panel: versions of the active note, a preview of the chosen one, and Restore.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteVersion, NoteVersionInfo } from '../../../common/api/methods/notes';
import { formatDateTime } from '../../i18n/format';
import { api } from '../../state/services';
import { useActiveNoteId } from '../backlinks/active-note';
import { errorParts } from '../notifications/report-error';
import { restoreVersion } from '../trash/note-lifecycle';

export function HistoryView() {
  const { t, i18n } = useTranslation();
  const noteId = useActiveNoteId();
  const [versions, setVersions] = useState<NoteVersionInfo[] | null>(null);
  const [selected, setSelected] = useState<NoteVersion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    setVersions(null);
    setSelected(null);
    if (!noteId) return;
    let live = true;
    api()
      .call('notes.versions', { id: noteId })
      .then(
        (list) => live && (setVersions(list), setError(null)),
        (err) => live && setError(errorParts(err).message),
      );
    const off = api().on('notes.changed', ({ id }) => {
      if (id === noteId) setReload((r) => r + 1);
    });
    return () => {
      live = false;
      off();
    };
  }, [noteId, reload]);

  const preview = async (v: NoteVersionInfo) => {
    if (!noteId) return;
    try {
      setSelected(await api().call('notes.version', { id: noteId, versionId: v.versionId }));
    } catch (err) {
      setError(errorParts(err).message);
    }
  };

  if (!noteId) return <div className="panel-message muted">{t('history.noNote')}</div>;
  if (error) return <div className="panel-message error-text">{error}</div>;
  if (!versions) return <div className="panel-message muted">{t('common.loading')}</div>;
  if (versions.length === 0) return <div className="panel-message muted">{t('history.none')}</div>;
  return (
    <div className="history" data-testid="history">
      <ul className="panel-list history-list">
        {versions.map((v) => (
          <li key={v.versionId}>
            <button
              type="button"
              className={`backlink-row${selected?.versionId === v.versionId ? ' selected' : ''}`}
              data-version-id={v.versionId}
              onClick={() => void preview(v)}
            >
              <span className="backlink-title">
                {formatDateTime(v.createdAt, i18n.language)}
                <span className="backlink-domain">{t(`history.reason.${v.reason}`, { defaultValue: v.reason })}</span>
              </span>
              <span className="link-snippet">
                {v.title} · {t('history.size', { size: v.size })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <section className="history-preview" aria-label={t('history.preview')}>
        {selected ? (
          <>
            <div className="history-preview-bar">
              <strong>{selected.title}</strong>
              <button
                type="button"
                className="button primary"
                data-action="restore-version"
                onClick={() => void restoreVersion(noteId, selected.versionId).then((ok) => ok && setReload((r) => r + 1))}
              >
                {t('history.restore')}
              </button>
            </div>
            <pre className="history-preview-body">{selected.body}</pre>
          </>
        ) : (
          <p className="muted">{t('history.pick')}</p>
        )}
      </section>
    </div>
  );
}
