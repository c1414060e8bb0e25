// Runs `run` once a burst of service events has settled (delayMs after the last one), so a run of writes reloads once.
import type { ApiEvent } from '../../common/api/contract';
import { api } from './services';

/** Subscribes to the events; the returned function unsubscribes and drops a pending run. */
export function onEventsSettled(events: readonly ApiEvent[], run: () => void, delayMs = 1000): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  };
  const offs = events.map((event) => api().on(event, later));
  return () => {
    if (timer) clearTimeout(timer);
    offs.forEach((off) => off());
  };
}
