// Full-window message shown when the workbench cannot start (no token, token rejected, server unreachable).
import { useTranslation } from 'react-i18next';
import { Icon } from '../icons/Icon';

export function BlockingScreen({
  testId,
  titleKey,
  bodyKey,
  detail,
  onRetry,
}: {
  testId: string;
  titleKey: string;
  bodyKey: string;
  detail?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="blocking-screen" data-testid={testId} role="alert">
      <div className="blocking-card">
        <Icon name="warning" size={32} className="modal-icon warning" />
        <h1 className="modal-title">{t(titleKey)}</h1>
        <p className="modal-text">{t(bodyKey)}</p>
        <pre className="blocking-example">{t('startup.serveCommand')}</pre>
        {detail && <p className="muted small">{detail}</p>}
        {onRetry && (
          <button type="button" className="button primary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
