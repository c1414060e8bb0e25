// Plans view: every programme plan with domain, current 5D phase, progress and overdue tasks.
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../common/api/types';
import { executeCommand } from '../../commands/registry';
import { data } from '../../state/data-store';
import { useStore } from '../../state/store';
import { makeTabId } from '../../state/tabs';
import { workbench } from '../../state/workbench-store';
import { openPlan } from '../../workbench/tab-actions';
import { ViewHeader } from '../../workbench/ViewHeader';
import { ProgressBar } from './ProgressBar';
import { activateOnKey } from '../../workbench/activate-on-key';

export function PlansView() {
  const { t } = useTranslation();
  const plans = useStore(data, (s) => s.plans);
  const activeTab = useStore(workbench, (s) => s.activeTab);
  return (
    <div className="view plans-view" data-testid="plans">
      <ViewHeader
        title={t('views.plans')}
        actions={[{ id: 'refresh', icon: 'refresh', label: t('commands.refreshWorkspace'), run: () => void executeCommand('workspace.refresh') }]}
      />
      <div className="list" role="list" aria-label={t('views.plans')}>
        {!plans && <div className="tree-message">{t('common.loading')}</div>}
        {plans?.length === 0 && <div className="tree-message">{t('plans.none')}</div>}
        {plans?.map((p) => <PlanRow key={p.id} plan={p} active={activeTab === makeTabId('plan', p.id)} />)}
      </div>
    </div>
  );
}

function PlanRow({ plan, active }: { plan: PlanSummary; active: boolean }) {
  const { t } = useTranslation();
  const domains = useStore(data, (s) => s.domains);
  const domain = domains?.find((d) => d.id === plan.domainId);
  return (
    <div
      className={`list-row plan-row${active ? ' active' : ''}`}
      role="listitem"
      tabIndex={0}
      data-plan-id={plan.id}
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
      <div className="list-detail">
        {domain ? domain.name : t('plans.allDomains')} · {t(`phases.${plan.currentPhase}`)}
      </div>
      <ProgressBar value={plan.progress} label={t('plans.progressLabel', { percent: Math.round(plan.progress * 100) })} />
    </div>
  );
}
