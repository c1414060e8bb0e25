// The package's 5D plans in the import preview: each with its status and, when updated or conflicting, the choice
// (same keep mine / take theirs / keep both as notes; the choice is keyed by the plan's id in the package).
import { useTranslation } from 'react-i18next';
import type { ImportStrategy } from '../../../../common/api/methods/packages';
import { setChoice } from './import-actions';
import { effectiveChoice, type ImportSession } from './import-store';

const CHOICES: readonly ImportStrategy[] = ['keep-mine', 'take-theirs', 'keep-both'];

export function ImportPlans({ session }: { session: ImportSession }) {
  const { t } = useTranslation();
  const plans = session.preview?.plans ?? [];
  if (plans.length === 0) return null;
  const editable = session.phase === 'ready';
  return (
    <section className="import-plans" data-testid="import-plans" aria-label={t('packageImport.plans')}>
      <h3>{t('packageImport.plans')}</h3>
      <ul>
        {plans.map((plan) => {
          const choice = effectiveChoice(session, plan.sourceId, plan.status);
          return (
            <li key={plan.sourceId} data-testid="import-plan" data-source-id={plan.sourceId} data-status={plan.status}>
              <span className="import-plan-title">{plan.title}</span>
              <span className={`status-badge status-${plan.status}`}>{t(`packageImport.status.${plan.status}`)}</span>
              {choice && (
                <select
                  aria-label={t('packageImport.choiceFor')}
                  value={choice}
                  disabled={!editable}
                  onChange={(e) => setChoice(session.id, plan.sourceId, e.currentTarget.value as ImportStrategy)}
                >
                  {CHOICES.map((c) => (
                    <option key={c} value={c}>
                      {t(`packageImport.choice.${c}`)}
                    </option>
                  ))}
                </select>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
