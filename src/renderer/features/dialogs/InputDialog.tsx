// A text input dialog (e.g. the new note's title) that shows the API's validation error and stays open.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputDialogOptions } from './dialog-store';
import { Modal } from './Modal';

export function InputDialog({ options, onDone }: { options: InputDialogOptions; onDone(done: boolean): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(options.initialValue ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    const message = await options.submit(value);
    setBusy(false);
    if (message === null) onDone(true);
    else setError(message);
  };

  return (
    <Modal labelId="input-dialog-title" testId="dialog" onCancel={() => onDone(false)}>
      <form
        className="modal-content"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="input-dialog-title" className="modal-title">
          {t(options.titleKey)}
        </h2>
        <label className="modal-text" htmlFor="input-dialog-field">
          {t(options.promptKey, options.params)}
        </label>
        <input
          id="input-dialog-field"
          className={`text-input${error ? ' invalid' : ''}`}
          data-testid="dialog-input"
          data-autofocus
          value={value}
          placeholder={t(options.placeholderKey)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'input-dialog-error' : undefined}
          autoComplete="off"
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
        />
        {error && (
          <div id="input-dialog-error" className="input-error" role="alert" data-testid="dialog-error">
            {error}
          </div>
        )}
        <div className="modal-buttons">
          <button type="submit" className="button primary" data-action="ok" disabled={busy}>
            {t(options.okKey)}
          </button>
          <button type="button" className="button" data-action="cancel" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
