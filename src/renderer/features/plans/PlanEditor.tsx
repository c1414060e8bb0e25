// Plan tab (read-only): 5D stepper, then each phase's fields, checklist, tasks and outputs, then meetings.
import { useTranslation } from 'react-i18next';
import { PLAN_PHASES, type PlanPhaseId } from '../../../common/api/types';
import { formatDate } from '../../i18n/format';
import { data } from '../../state/data-store';
import { useStore } from '../../state/store';
import { PhaseSection } from './PhaseSection';
import { PhaseStepper } from './PhaseStepper';
import { PlanMeetings } from './PlanMeetings';
import { planCache } from './plan-cache';
import { ProgressBar } from './ProgressBar';

export function PlanEditor({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const entry = useStore(planCache, (s) => s.byId[id]);
  const domains = useStore(data, (s) => s.domains);
  const members = useStore(data, (s) => s.members);

  if (!entry || entry.status === 'loading') return <div className="editor-message">{t('common.loading')}</div>;
  if (entry.status === 'error' || !entry.plan) {
    return (
      <div className="editor-message editor-error" role="alert">
        <strong>{t('plans.unavailable')}</strong>
        <span>
          [{entry.error?.code}] {entry.error?.message}
        </span>
      </div>
    );
  }
  const plan = entry.plan;
  const domain = domains?.find((d) => d.id === plan.domainId);
  const coordinator = members?.find((m) => m.id === plan.coordinatorId);
  const memberName = (mid: string | null) => (mid ? (members?.find((m) => m.id === mid)?.name ?? mid) : '');
  const scrollTo = (phase: PlanPhaseId) =>
    document.getElementById(`plan-${id}-phase-${phase}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const phases = PLAN_PHASES.map((p) => plan.phases.find((x) => x.id === p)).filter((p) => p !== undefined);

  return (
    <article className="document plan-editor" data-testid="plan-editor" data-editor-for={`plan:${id}`}>
      <header className="doc-header-block">
        <h1 className="doc-title">{plan.title}</h1>
        <div className="doc-subtitle plan-meta">
          <span>{domain ? domain.name : t('plans.allDomains')}</span>
          <span>
            {t('plans.status')}: {plan.status}
          </span>
          {coordinator && (
            <span>
              {t('plans.coordinator')}: {coordinator.name}
            </span>
          )}
          {plan.startedAt && (
            <span>
              {t('plans.started')}: {formatDate(plan.startedAt, i18n.language)}
            </span>
          )}
          {plan.overdueTasks > 0 && <span className="text-warning">{t('plans.overdueCount', { count: plan.overdueTasks })}</span>}
        </div>
        <div className="plan-progress">
          <ProgressBar value={plan.progress} label={t('plans.progressLabel', { percent: Math.round(plan.progress * 100) })} />
          <span className="muted">{t('plans.progressLabel', { percent: Math.round(plan.progress * 100) })}</span>
        </div>
      </header>
      <PhaseStepper phases={plan.phases} current={plan.currentPhase} onSelect={scrollTo} />
      {phases.map((phase) => (
        <PhaseSection
          key={phase.id}
          anchorId={`plan-${id}-phase-${phase.id}`}
          phase={phase}
          current={phase.id === plan.currentPhase}
          memberName={memberName}
        />
      ))}
      <PlanMeetings meetings={plan.meetings} memberName={memberName} />
    </article>
  );
}
