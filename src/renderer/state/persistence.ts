// Saves the UI state with ui.setState (debounced, and once more when the page goes away).
import type { ApiClient } from '../../common/api/contract';
import { toDisposable, type Disposable } from '../../common/disposable';
import { markUnloading } from '../api/unload-fetch';
import { toUiState } from './ui-state';
import { workbench } from './workbench-store';

export const SAVE_DEBOUNCE_MS = 300;

export function installPersistence(api: ApiClient, onError: (err: unknown) => void): Disposable {
  let lastSaved = JSON.stringify(toUiState(workbench.get()));
  let timer: ReturnType<typeof setTimeout> | null = null;

  const save = () => {
    timer = null;
    const state = toUiState(workbench.get());
    const json = JSON.stringify(state);
    if (json === lastSaved) return;
    lastSaved = json;
    api.call('ui.setState', { state }).catch((err: unknown) => {
      lastSaved = '';
      onError(err);
    });
  };

  const unsubscribe = workbench.subscribe(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DEBOUNCE_MS);
  });

  const flush = () => {
    markUnloading();
    if (timer) clearTimeout(timer);
    save();
  };
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', flush);

  return toDisposable(() => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', flush);
  });
}
