// Keeps the plans dashboard, open plans and the template list current on 'plans.changed' / 'templates.changed' events.
import type { ApiClient } from '../../../common/api/contract';
import { combineDisposables, toDisposable, type Disposable } from '../../../common/disposable';
import { loadPlans } from '../../state/data-store';
import { loadTemplates } from '../templates/templates-store';
import { flushAllPlans } from './plan-autosave';
import { dropPlan, loadPlan, planCache } from './plan-cache';

export function installPlanEvents(api: ApiClient): Disposable {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const offPlans = api.on('plans.changed', ({ id, change }) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void loadPlans(), 150);
    if (change === 'deleted') dropPlan(id);
    else if (planCache.get().byId[id]) void loadPlan(id, true);
  });
  const offTemplates = api.on('templates.changed', () => void loadTemplates());
  const flush = () => void flushAllPlans();
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', flush);
  return combineDisposables([
    toDisposable(offPlans),
    toDisposable(offTemplates),
    toDisposable(() => {
      if (timer) clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
    }),
  ]);
}
