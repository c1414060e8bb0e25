// The plan's phases as a stepper: number or tick, title in the UI language, status and per-phase progress.
import { useTranslation } from 'react-i18next';
import type { PlanPhaseState } from '../../../common/api/methods/plans';
import { Icon } from '../../icons/Icon';
import { bi, percentOf } from './plan-text';
import { ProgressBar } from './ProgressBar';

export function PhaseStepper({
  phases,
  selected,
  current,
  onSelect,
}: {
  phases: PlanPhaseState[];
  selected: string;
  current: string;
  onSelect(id: string): void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="stepper plan-stepper" data-testid="phase-stepper" aria-label={t('plans.phases')}>
      {phases.map((phase, i) => {
        const pct = percentOf(phase.progress);
        return (
          <li
            key={phase.id}
            className={`step step-${phase.status}${phase.id === current ? ' current' : ''}${phase.id === selected ? ' selected' : ''}`}
            data-phase={phase.id}
            data-status={phase.status}
            data-progress={pct}
            aria-current={phase.id === selected ? 'step' : undefined}
          >
            <button type="button" className="step-button" onClick={() => onSelect(phase.id)}>
              <span className="step-marker" aria-hidden="true">
                {phase.status === 'done' ? <Icon name="check" size={12} /> : i + 1}
              </span>
              <span className="step-text">
                <span className="step-name">{bi(phase.title, i18n.language)}</span>
                <span className="step-status">
                  {t(`phaseStatus.${phase.status}`)} · {pct}%
                </span>
                <ProgressBar value={phase.progress} label={t('plans.progressLabel', { percent: pct })} />
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
