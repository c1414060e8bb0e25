// A plan's saved versions (plans.versions) with restore; loaded when the section is opened.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVersion } from '../../../common/api/methods/plans';
import { formatDateTime } from '../../i18n/format';
import { api } from '../../state/services';
import { askConfirm } from '../dialogs/dialog-store';
import { reportError } from '../notifications/report-error';
import { restoreVersion } from './plan-actions';

export function HistorySection({ planId, revision }: { planId: string; revision: number }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [versions, setVersions] = useState<PlanVersion[] | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    api()
      .call('plans.versions', { id: planId })
      .then(
        (v) => live && setVersions(v),
        (err) => reportError(err, 'errors.planHistory'),
      );
    return () => {
      live = false;
    };
  }, [open, planId, revision]);

  return (
    <details className="plan-block plan-history" data-testid="plan-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="subheading">{t('plans.history')}</summary>
      {!versions ? (
        <p className="muted small">{t('common.loading')}</p>
      ) : versions.length === 0 ? (
        <p className="muted small">{t('plans.noVersions')}</p>
      ) : (
        <ul className="version-list">
          {versions.map((v) => (
            <li key={v.id} data-version-id={v.id}>
              <span className="nowrap">{formatDateTime(v.createdAt, i18n.language)}</span>
              <span className="muted">#{v.revision}</span>
              <span>{v.summary}</span>
              <button
                type="button"
                className="button small"
                onClick={async () => {
                  const ok = await askConfirm({ titleKey: 'plans.restoreTitle', detailKey: 'plans.restoreDetail', okKey: 'plans.restore', params: { revision: String(v.revision) } });
                  if (ok) await restoreVersion(planId, v.id);
                }}
              >
                {t('plans.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
