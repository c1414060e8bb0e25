// One autosaver per open plan: each field is saved 500 ms after its last edit (or at once on blur / tab close).
import { useSyncExternalStore } from 'react';
import { reportError } from '../notifications/report-error';
import { createAutosaver, type Autosaver, type SaveState } from './autosave';
import { setField } from './plan-actions';

export const AUTOSAVE_DELAY_MS = 500;
const savers = new Map<string, Autosaver<unknown>>();

export const fieldKey = (phaseId: string, fieldId: string) => `${phaseId}/${fieldId}`;

export function planAutosaver(planId: string): Autosaver<unknown> {
  let saver = savers.get(planId);
  if (!saver) {
    saver = createAutosaver<unknown>({
      delayMs: AUTOSAVE_DELAY_MS,
      save: async (key, value) => {
        const [phaseId, fieldId] = key.split('/');
        try {
          await setField(planId, phaseId, fieldId, value);
        } catch (err) {
          reportError(err, 'errors.saveField');
          throw err;
        }
      },
    });
    savers.set(planId, saver);
  }
  return saver;
}

export function flushPlan(planId: string): Promise<void> {
  return savers.get(planId)?.flush() ?? Promise.resolve();
}

export function flushAllPlans(): Promise<void> {
  return Promise.all([...savers.values()].map((s) => s.flush())).then(() => undefined);
}

/** Save state of one field, or of the whole plan when no key is given. */
export function useSaveState(planId: string, key?: string): SaveState {
  const saver = planAutosaver(planId);
  return useSyncExternalStore(
    saver.subscribe,
    () => (key ? saver.state(key) : saver.overall()),
    () => 'idle',
  );
}
