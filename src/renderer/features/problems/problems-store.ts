// The workspace's problems (broken links, orphans, unclassified and stuck notes, duplicate titles), loaded from
// graph.problems and refreshed after writes; shared by the Problems panel and the status bar count.
import type { GraphProblems } from '../../../common/api/methods/graph';
import { api } from '../../state/services';
import { onEventsSettled } from '../../state/settled-events';
import { createStore } from '../../state/store';

/** A note stuck in one sharing stage longer than this is a problem. */
export const STUCK_DAYS = 30;

export const problems = createStore<{ result: GraphProblems | null; error: string | null; loading: boolean }>({ result: null, error: null, loading: false });

let started = false;

export async function loadProblems(): Promise<void> {
  problems.set({ loading: true });
  try {
    problems.set({ result: await api().call('graph.problems', { stuckDays: STUCK_DAYS, limit: 500 }), error: null, loading: false });
  } catch (err) {
    problems.set({ error: err instanceof Error ? err.message : String(err), loading: false });
  }
}

/** Loads once, then again a second after notes, domains or the workspace change (bursts of writes load once). */
export function watchProblems(): void {
  if (started) return;
  started = true;
  void loadProblems();
  onEventsSettled(['notes.changed', 'domains.changed', 'workspace.changed'], () => void loadProblems());
}
