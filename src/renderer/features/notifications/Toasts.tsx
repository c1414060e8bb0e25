// Notification toasts in the bottom-right corner; errors show their code.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../icons/Icon';
import { useStore } from '../../state/store';
import { dismiss, notifications } from './notifications';
import { translateMessage } from './translate-message';

export function Toasts() {
  const { t } = useTranslation();
  const items = useStore(notifications, (s) => s.items);
  return (
    <div className="toasts" data-testid="notifications" aria-live="assertive">
      {items.map((n) => (
        <div key={n.id} className={`toast toast-${n.severity}`} role={n.severity === 'error' ? 'alert' : 'status'} data-testid="notification" data-severity={n.severity} data-code={n.code}>
          <Icon name={n.severity === 'error' ? 'error' : n.severity === 'warning' ? 'warning' : 'info'} className="toast-icon" />
          <div className="toast-body">
            {typeof n.params.ctxKey === 'string' ? (
              <>
                <div className="toast-title">{t(n.params.ctxKey, n.params)}</div>
                <div className="toast-message">{String(n.params.message ?? '')}</div>
              </>
            ) : (
              <div className="toast-message">{translateMessage(t, n.key, n.params)}</div>
            )}
            {n.code && <div className="toast-code">{n.code}</div>}
          </div>
          <button type="button" className="icon-button toast-close" aria-label={t('common.dismiss')} title={t('common.dismiss')} onClick={() => dismiss(n.id)}>
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
