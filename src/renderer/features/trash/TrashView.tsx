// The Trash panel: deleted notes with Restore and Delete forever.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashedNote } from '../../../common/api/methods/notes';
import { formatDateTime } from '../../i18n/format';
import { data } from '../../state/data-store';
import { api } from '../../state/services';
import { useStore } from '../../state/store';
import { errorParts } from '../notifications/report-error';
import { purgeFromTrash, restoreFromTrash, trashEpoch } from './note-lifecycle';

export function TrashView() {
  const { t, i18n } = useTranslation();
  const epoch = useStore(trashEpoch, (s) => s.epoch);
  const domains = useStore(data, (s) => s.domains);
  const [items, setItems] = useState<TrashedNote[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      api()
        .call('notes.trash', {})
        .then(
          (list) => live && (setItems(list), setError(null)),
          (err) => live && setError(errorParts(err).message),
        );
    void load();
    const off = api().on('notes.changed', ({ change }) => {
      if (change === 'deleted' || change === 'restored' || change === 'purged') void load();
    });
    return () => {
      live = false;
      off();
    };
  }, [epoch]);

  if (error) return <div className="panel-message error-text">{error}</div>;
  if (!items) return <div className="panel-message muted">{t('common.loading')}</div>;
  if (items.length === 0) return <div className="panel-message muted" data-testid="trash-empty">{t('trash.empty')}</div>;
  return (
    <ul className="panel-list" data-testid="trash">
      {items.map((n) => (
        <li key={n.id} className="panel-list-row" data-trash-id={n.id}>
          <span className="panel-list-main">
            <span className="backlink-title">
              {n.title}
              <span className="backlink-domain">{domains?.find((d) => d.id === n.domainId)?.name}</span>
            </span>
            <span className="muted small">{t('trash.deletedAt', { date: formatDateTime(n.deletedAt, i18n.language) })}</span>
          </span>
          <button type="button" className="button" data-action="restore" onClick={() => void restoreFromTrash(n.id, n.title)}>
            {t('trash.restore')}
          </button>
          <button type="button" className="button" data-action="purge" onClick={() => void purgeFromTrash(n.id, n.title)}>
            {t('trash.purge')}
          </button>
        </li>
      ))}
    </ul>
  );
}
