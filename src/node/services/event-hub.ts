// Fan-out of service events to every connected UI (IPC window, WebSocket clients, in-process listeners).
import type { ApiEvent, ApiEvents } from '../../common/api/contract';

export type EventListener = (event: string, payload: unknown) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void {
    for (const l of [...this.listeners]) {
      try {
        l(event, payload);
      } catch {
        /* a failing listener must not break the others */
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }
}
