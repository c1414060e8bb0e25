// A yes/no confirmation for destructive actions (e.g. deleting a note forever).
import { useTranslation } from 'react-i18next';
import { Icon } from '../../icons/Icon';
import type { ConfirmOptions } from './dialog-store';
import { Modal } from './Modal';

export function ConfirmDialog({ options, onAnswer }: { options: ConfirmOptions; onAnswer(ok: boolean): void }) {
  const { t } = useTranslation();
  return (
    <Modal labelId="confirm-dialog-title" testId="dialog" onCancel={() => onAnswer(false)} className="modal-confirm">
      <div className="modal-content with-icon">
        <Icon name="warning" size={28} className="modal-icon warning" />
        <div>
          <h2 id="confirm-dialog-title" className="modal-title">
            {t(options.titleKey, options.params)}
          </h2>
          <p className="modal-text">{t(options.detailKey, options.params)}</p>
        </div>
      </div>
      <div className="modal-buttons">
        <button type="button" className="button primary" data-action="confirm" onClick={() => onAnswer(true)}>
          {t(options.okKey)}
        </button>
        <button type="button" className="button" data-action="cancel" data-autofocus onClick={() => onAnswer(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
