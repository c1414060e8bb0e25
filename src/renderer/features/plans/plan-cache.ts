// Full plans opened in tabs, loaded with plans.get, replaced by the plan every write returns, refreshed on events.
import type { Plan } from '../../../common/api/methods/plans';
import { api } from '../../state/services';
import { createStore } from '../../state/store';
import { errorParts, reportError } from '../notifications/report-error';

export interface PlanEntry {
  status: 'loading' | 'ready' | 'error';
  plan: Plan | null;
  error: { code: string; message: string } | null;
}

export const planCache = createStore<{ byId: Record<string, PlanEntry> }>({ byId: {} });

/** Puts a plan the server returned into the cache unless a newer revision is already there (answers may arrive out of order). */
export function applyPlan(plan: Plan): void {
  planCache.set((s) => {
    const current = s.byId[plan.id]?.plan;
    if (current && current.revision > plan.revision) return s;
    return { byId: { ...s.byId, [plan.id]: { status: 'ready', plan, error: null } } };
  });
}

export async function loadPlan(id: string, reload = false): Promise<void> {
  const existing = planCache.get().byId[id];
  if (existing && !reload) return;
  if (!existing) {
    planCache.set((s) => ({ byId: { ...s.byId, [id]: { status: 'loading', plan: null, error: null } } }));
  }
  try {
    applyPlan(await api().call('plans.get', { id }));
  } catch (err) {
    planCache.set((s) => ({ byId: { ...s.byId, [id]: { status: 'error', plan: null, error: errorParts(err) } } }));
    if (!reload) reportError(err, 'errors.openPlan');
  }
}

export function reloadOpenPlans(): Promise<void[]> {
  return Promise.all(Object.keys(planCache.get().byId).map((id) => loadPlan(id, true)));
}

export function dropPlan(id: string): void {
  planCache.set((s) => {
    if (!s.byId[id]) return s;
    const byId = { ...s.byId };
    delete byId[id];
    return { byId };
  });
}
