// "Do you want to save the changes?" with Save / Don't Save / Cancel.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../icons/Icon';
import type { SaveChoice } from './dialog-store';
import { Modal } from './Modal';

export function SaveChangesDialog({ name, onChoose }: { name: string; onChoose(choice: SaveChoice): void }) {
  const { t } = useTranslation();
  return (
    <Modal labelId="save-dialog-title" testId="dialog" onCancel={() => onChoose('cancel')} className="modal-confirm">
      <div className="modal-content with-icon">
        <Icon name="warning" size={28} className="modal-icon warning" />
        <div>
          <h2 id="save-dialog-title" className="modal-title">
            {t('dialogs.saveChanges.title', { name })}
          </h2>
          <p className="modal-text">{t('dialogs.saveChanges.detail')}</p>
        </div>
      </div>
      <div className="modal-buttons">
        <button type="button" className="button primary" data-action="save" data-autofocus onClick={() => onChoose('save')}>
          {t('dialogs.saveChanges.save')}
        </button>
        <button type="button" className="button" data-action="dontSave" onClick={() => onChoose('dontSave')}>
          {t('dialogs.saveChanges.dontSave')}
        </button>
        <button type="button" className="button" data-action="cancel" onClick={() => onChoose('cancel')}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
