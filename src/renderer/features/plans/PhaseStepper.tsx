// The five 5D phases as a stepper (Discovery, Dreaming, Design, Document, Disseminate) with status.
import { useTranslation } from 'react-i18next';
import { PLAN_PHASES, type PlanPhase, type PlanPhaseId } from '../../../common/api/types';
import { Icon } from '../../icons/Icon';

export function PhaseStepper({
  phases,
  current,
  onSelect,
}: {
  phases: PlanPhase[];
  current: PlanPhaseId;
  onSelect(id: PlanPhaseId): void;
}) {
  const { t } = useTranslation();
  return (
    <ol className="stepper" data-testid="phase-stepper" aria-label={t('plans.phases')}>
      {PLAN_PHASES.map((id, i) => {
        const status = phases.find((p) => p.id === id)?.status ?? 'not-started';
        return (
          <li
            key={id}
            className={`step step-${status}${id === current ? ' current' : ''}`}
            data-phase={id}
            data-status={status}
            aria-current={id === current ? 'step' : undefined}
          >
            <button type="button" className="step-button" onClick={() => onSelect(id)}>
              <span className="step-marker" aria-hidden="true">
                {status === 'done' ? <Icon name="check" size={12} /> : i + 1}
              </span>
              <span className="step-text">
                <span className="step-name">{t(`phases.${id}`)}</span>
                <span className="step-status">{t(`phaseStatus.${status}`)}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
