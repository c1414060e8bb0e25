// ApiClient over any transport that answers a call with a CallResult and pushes events.
import { AppError, isWireError } from '../errors';
import type { ApiClient, ApiEvent, ApiEvents, CallResult } from './contract';

export interface RawTransport {
  call(method: string, input: unknown): Promise<CallResult>;
  /** Subscribes to all events; returns an unsubscribe function. */
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
}

/** Wraps a raw transport into the typed client; wire errors are rethrown as AppError. */
export function createApiClient(transport: RawTransport): ApiClient {
  const listeners = new Map<string, Set<(payload: never) => void>>();
  let unsubscribe: (() => void) | null = null;

  const ensureSubscribed = () => {
    if (unsubscribe) return;
    unsubscribe = transport.subscribe((event, payload) => {
      for (const l of listeners.get(event) ?? []) l(payload as never);
    });
  };

  return {
    async call(method, input) {
      const answer = await transport.call(method, input ?? {});
      if (answer.ok) return answer.result as never;
      if (isWireError(answer.error)) throw new AppError(answer.error.code, answer.error.message);
      throw new AppError('TRANSPORT', `Malformed error answer for ${method}`);
    },
    on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) {
      ensureSubscribed();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      return () => {
        set!.delete(listener as (payload: never) => void);
      };
    },
  };
}
