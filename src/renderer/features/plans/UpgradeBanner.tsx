// "Template update available": preview what moving to the newer template version changes, then upgrade.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanUpgradePreview } from '../../../common/api/methods/plans';
import { api } from '../../state/services';
import { reportError } from '../notifications/report-error';
import { upgradePlan } from './plan-actions';

export function UpgradeBanner({ planId, from, to }: { planId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<PlanUpgradePreview | null>(null);
  const load = async () => {
    try {
      setPreview(await api().call('plans.upgradePreview', { id: planId }));
    } catch (err) {
      reportError(err, 'errors.planWrite');
    }
  };
  return (
    <div className="plan-banner" role="status" data-testid="template-update">
      <span>{t('plans.updateAvailable', { from, to })}</span>
      {!preview && (
        <button type="button" className="button" onClick={() => void load()}>
          {t('plans.previewUpgrade')}
        </button>
      )}
      {preview && (
        <div className="upgrade-preview">
          {preview.changes.length === 0 ? (
            <p className="muted small">{t('plans.noChanges')}</p>
          ) : (
            <ul>
              {preview.changes.map((c, i) => (
                <li key={i}>
                  <code>{c.path}</code> — {t(`plans.change.${c.change}`)}: {c.description}
                </li>
              ))}
            </ul>
          )}
          {preview.droppedValues.length > 0 && (
            <p className="text-warning small">
              {t('plans.droppedValues', { fields: preview.droppedValues.map((d) => `${d.phaseId}.${d.fieldId}`).join(', ') })}
            </p>
          )}
          <button type="button" className="button primary" onClick={() => void upgradePlan(planId, preview.toVersion)}>
            {t('plans.upgrade', { to: preview.toVersion })}
          </button>
        </div>
      )}
    </div>
  );
}
