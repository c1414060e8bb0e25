// Sends pending note saves when the page goes away (pagehide, beforeunload) or is hidden.
import { markUnloading } from '../../api/unload-fetch';
import { toDisposable, type Disposable } from '../../../common/disposable';

export function installDraftFlush(flush: () => void): Disposable {
  const onUnload = () => {
    markUnloading();
    flush();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', onUnload);
  window.addEventListener('beforeunload', onUnload);
  document.addEventListener('visibilitychange', onHidden);
  return toDisposable(() => {
    window.removeEventListener('pagehide', onUnload);
    window.removeEventListener('beforeunload', onUnload);
    document.removeEventListener('visibilitychange', onHidden);
  });
}
