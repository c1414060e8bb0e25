// Full plans opened in tabs, loaded with plans.get and refreshed on workspace changes.
import type { Plan } from '../../../common/api/types';
import { api } from '../../state/services';
import { createStore } from '../../state/store';
import { errorParts, reportError } from '../notifications/report-error';

export interface PlanEntry {
  status: 'loading' | 'ready' | 'error';
  plan: Plan | null;
  error: { code: string; message: string } | null;
}

export const planCache = createStore<{ byId: Record<string, PlanEntry> }>({ byId: {} });

export async function loadPlan(id: string, reload = false): Promise<void> {
  const existing = planCache.get().byId[id];
  if (existing && !reload) return;
  if (!existing) {
    planCache.set((s) => ({ byId: { ...s.byId, [id]: { status: 'loading', plan: null, error: null } } }));
  }
  try {
    const plan = await api().call('plans.get', { id });
    planCache.set((s) => ({ byId: { ...s.byId, [id]: { status: 'ready', plan, error: null } } }));
  } catch (err) {
    planCache.set((s) => ({ byId: { ...s.byId, [id]: { status: 'error', plan: null, error: errorParts(err) } } }));
    reportError(err, 'errors.openPlan');
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
