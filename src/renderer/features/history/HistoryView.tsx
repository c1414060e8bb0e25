// The History panel: where an imported note came from, versions of the active note, a preview of the chosen one, and Restore.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteVersion, NoteVersionInfo } from '../../../common/api/methods/notes';
import { formatDateTime } from '../../i18n/format';
import { Icon } from '../../icons/Icon';
import { api } from '../../state/services';
import { useActiveNoteId } from '../backlinks/active-note';
import { errorParts } from '../notifications/report-error';
import { isImportReason, NoteProvenance } from '../packages/import/NoteProvenance';
import { restoreVersion } from '../trash/note-lifecycle';

export function HistoryView() {
  const { t, i18n } = useTranslation();
  // A reason is shown as text unless it is one of ours: package titles in import reasons are never read as i18n templates.
  const reasonLabel = (reason: string) => (/^[a-z-]+$/.test(reason) && i18n.exists(`history.reason.${reason}`) ? t(`history.reason.${reason}`) : reason);
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
  const provenance = <NoteProvenance noteId={noteId} reload={reload} />;
  if (error) return <div className="panel-message error-text">{error}</div>;
  if (!versions) return <div className="panel-message muted">{t('common.loading')}</div>;
  if (versions.length === 0) {
    return (
      <>
        {provenance}
        <div className="panel-message muted">{t('history.none')}</div>
      </>
    );
  }
  return (
    <div className="history" data-testid="history">
      {provenance}
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
                {isImportReason(v.reason) ? (
                  <span className="backlink-domain history-import-reason" data-reason="import" title={v.reason}>
                    <Icon name="package" size={12} />
                    {v.reason}
                  </span>
                ) : (
                  <span className="backlink-domain">{reasonLabel(v.reason)}</span>
                )}
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
