// Plan tab: header (domain, template, coordinator, overall progress, save state, reports), stepper, selected phase, history.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { data } from '../../state/data-store';
import { useStore } from '../../state/store';
import { HistorySection } from './HistorySection';
import { PhasePanel } from './PhasePanel';
import { PhaseStepper } from './PhaseStepper';
import { flushPlan, useSaveState } from './plan-autosave';
import { planCache } from './plan-cache';
import { bi, percentOf } from './plan-text';
import { ProgressBar } from './ProgressBar';
import { ReportActions } from './ReportActions';
import { UpgradeBanner } from './UpgradeBanner';

export function PlanEditor({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const entry = useStore(planCache, (s) => s.byId[id]);
  const domains = useStore(data, (s) => s.domains);
  const members = useStore(data, (s) => s.members);
  const saveState = useSaveState(id);
  const [selected, setSelected] = useState<string | null>(null);

  // Pending edits are saved when the tab is switched away from or closed.
  useEffect(() => () => void flushPlan(id), [id]);

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
  const lang = i18n.language;
  const coordinator = members?.find((m) => m.id === plan.coordinatorId);
  const phaseId = selected && plan.phases.some((p) => p.id === selected) ? selected : plan.currentPhase || plan.phases[0]?.id;
  const pct = percentOf(plan.progress);

  return (
    <article className="document plan-editor" data-testid="plan-editor" data-editor-for={`plan:${id}`} data-revision={plan.revision}>
      <header className="doc-header-block">
        <div className="plan-title-row">
          <h1 className="doc-title">{plan.title}</h1>
          <span className={`save-state save-${saveState}`} data-testid="plan-save-state" data-state={saveState} aria-live="polite">
            {saveState === 'idle' ? '' : t(`plans.save.${saveState}`)}
          </span>
        </div>
        <div className="doc-subtitle plan-meta">
          <span data-testid="plan-domain">{plan.domainName}</span>
          <span data-testid="plan-template">
            {bi(plan.templateName, lang)} · v{plan.templateVersion}
          </span>
          {plan.coordinatorId && (
            <span>
              {t('plans.coordinator')}: {coordinator?.name ?? t('plans.removedMember')}
            </span>
          )}
          {plan.startedAt && (
            <span>
              {t('plans.started')}: {formatDate(plan.startedAt, lang)}
            </span>
          )}
          {plan.overdueTasks > 0 && <span className="text-warning">{t('plans.overdueCount', { count: plan.overdueTasks })}</span>}
        </div>
        <div className="plan-progress">
          <ProgressBar value={plan.progress} label={t('plans.progressLabel', { percent: pct })} />
          <span className="muted" data-testid="plan-progress" data-progress={pct}>
            {t('plans.progressLabel', { percent: pct })}
          </span>
        </div>
        <ReportActions planId={plan.id} />
      </header>
      {plan.templateUpdate !== null && <UpgradeBanner planId={plan.id} from={plan.templateVersion} to={plan.templateUpdate} />}
      <PhaseStepper phases={plan.phases} selected={phaseId} current={plan.currentPhase} onSelect={setSelected} />
      <PhasePanel key={phaseId} plan={plan} phaseId={phaseId} members={members ?? []} domains={domains ?? []} />
      <HistorySection planId={plan.id} revision={plan.revision} />
    </article>
  );
}
