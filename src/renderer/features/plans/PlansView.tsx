// Plans dashboard (side bar): every plan with domain, template, current phase, progress and overdue tasks; templates below.
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../common/api/methods/plans';
import { executeCommand } from '../../commands/registry';
import { data } from '../../state/data-store';
import { useStore } from '../../state/store';
import { makeTabId } from '../../state/tabs';
import { workbench } from '../../state/workbench-store';
import { activateOnKey } from '../../workbench/activate-on-key';
import { openPlan } from '../../workbench/tab-actions';
import { ViewHeader } from '../../workbench/ViewHeader';
import { TemplatesSection } from '../templates/TemplatesSection';
import { NewPlanDialog } from './NewPlanDialog';
import { newPlanDialog, openNewPlanDialog } from './new-plan-store';
import { bi, percentOf } from './plan-text';
import { ProgressBar } from './ProgressBar';
import './plans.css';

export function PlansView() {
  const { t } = useTranslation();
  const plans = useStore(data, (s) => s.plans) as PlanSummary[] | null;
  const activeTab = useStore(workbench, (s) => s.activeTab);
  const dialogOpen = useStore(newPlanDialog, (s) => s.open);
  return (
    <div className="view plans-view" data-testid="plans">
      <ViewHeader
        title={t('views.plans')}
        actions={[
          { id: 'new-plan', icon: 'newFile', label: t('commands.newPlan'), run: () => openNewPlanDialog() },
          { id: 'refresh', icon: 'refresh', label: t('commands.refreshWorkspace'), run: () => void executeCommand('workspace.refresh') },
        ]}
      />
      <div className="plans-scroll">
        <div className="plans-toolbar">
          <button type="button" className="button primary" data-testid="new-plan" onClick={() => openNewPlanDialog()}>
            {t('plans.newPlan')}
          </button>
        </div>
        <div className="list" role="list" aria-label={t('views.plans')}>
          {!plans && <div className="tree-message">{t('common.loading')}</div>}
          {plans?.length === 0 && <div className="tree-message">{t('plans.none')}</div>}
          {plans?.map((p) => <PlanRow key={p.id} plan={p} active={activeTab === makeTabId('plan', p.id)} />)}
        </div>
        <TemplatesSection />
      </div>
      {dialogOpen && <NewPlanDialog />}
    </div>
  );
}

function PlanRow({ plan, active }: { plan: PlanSummary; active: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pct = percentOf(plan.progress);
  return (
    <div
      className={`list-row plan-row${active ? ' active' : ''}`}
      role="listitem"
      tabIndex={0}
      data-plan-id={plan.id}
      data-progress={pct}
      title={plan.title}
      onClick={() => openPlan(plan.id)}
      onKeyDown={activateOnKey(() => openPlan(plan.id))}
    >
      <div className="plan-row-top">
        <span className="list-title">{plan.title}</span>
        {plan.overdueTasks > 0 && (
          <span className="badge badge-warning" data-testid="plan-overdue" title={t('plans.overdueCount', { count: plan.overdueTasks })}>
            {t('plans.overdueShort', { count: plan.overdueTasks })}
          </span>
        )}
      </div>
      <div className="list-detail" data-testid="plan-row-detail">
        {plan.domainName} · {bi(plan.templateName, lang)}
      </div>
      <div className="list-detail" data-testid="plan-row-phase">
        {plan.status === 'completed' ? t('plans.completed') : bi(plan.currentPhaseTitle, lang)} · {pct}%
      </div>
      <ProgressBar value={plan.progress} label={t('plans.progressLabel', { percent: pct })} />
    </div>
  );
}
