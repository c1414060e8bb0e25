// About: application name and version (from workspace.info), and the open workspace.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { data, loadInfo } from '../../state/data-store';
import { useStore } from '../../state/store';
import { Modal } from './Modal';

export function AboutDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const info = useStore(data, (s) => s.info);
  useEffect(() => {
    void loadInfo();
  }, []);
  return (
    <Modal labelId="about-title" testId="about-dialog" onCancel={onClose} className="modal-about">
      <div className="modal-content about">
        <div className="about-logo" aria-hidden="true">
          CoP
        </div>
        <h2 id="about-title" className="modal-title">
          {t('app.name')}
        </h2>
        <p className="about-version" data-testid="about-version">
          {t('about.version', { version: info?.appVersion ?? '…' })}
        </p>
        <p className="modal-text">{t('about.description')}</p>
        {info && (
          <dl className="fields about-fields">
            <dt>{t('about.workspace')}</dt>
            <dd>{info.name}</dd>
            <dt>{t('about.location')}</dt>
            <dd className="break">{info.path}</dd>
            <dt>{t('about.schema')}</dt>
            <dd>{info.schemaVersion}</dd>
          </dl>
        )}
      </div>
      <div className="modal-buttons">
        <button type="button" className="button primary" data-action="ok" data-autofocus onClick={onClose}>
          {t('common.ok')}
        </button>
      </div>
    </Modal>
  );
}
