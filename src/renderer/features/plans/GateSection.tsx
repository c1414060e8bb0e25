// What blocks completing a phase, and "Mark phase done" (disabled with the reasons while blocked) or "Reopen".
import { useTranslation } from 'react-i18next';
import type { PlanPhaseState } from '../../../common/api/methods/plans';
import { formatDate } from '../../i18n/format';
import { completePhase } from './plan-actions';
import { bi } from './plan-text';

export function GateSection({ planId, phase }: { planId: string; phase: PlanPhaseState }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reasons = phase.blockers.map((b) => bi(b.message, lang));
  const done = phase.status === 'done';
  return (
    <section className="plan-block gate" data-testid="plan-gate" data-blockers={phase.blockers.length}>
      <h3 className="subheading">{t('plans.gate')}</h3>
      {done ? (
        <p className="muted">{t('plans.phaseDoneOn', { date: formatDate(phase.completedAt, lang) })}</p>
      ) : reasons.length === 0 ? (
        <p className="muted">{t('plans.gateMet')}</p>
      ) : (
        <ul className="blockers" data-testid="gate-blockers">
          {phase.blockers.map((b, i) => (
            <li key={i} data-kind={b.kind} data-ref={b.ref}>
              {reasons[i]}
            </li>
          ))}
        </ul>
      )}
      {done ? (
        <button type="button" className="button" data-testid="reopen-phase" onClick={() => void completePhase(planId, phase.id, false)}>
          {t('plans.reopenPhase')}
        </button>
      ) : (
        <button
          type="button"
          className="button primary"
          data-testid="complete-phase"
          disabled={reasons.length > 0}
          title={reasons.length > 0 ? `${t('plans.blockedBy')}\n${reasons.join('\n')}` : undefined}
          onClick={() => void completePhase(planId, phase.id, true)}
        >
          {t('plans.markDone')}
        </button>
      )}
    </section>
  );
}
