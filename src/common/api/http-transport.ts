// Browser-host transport: calls as HTTP POST /api/call, events over a WebSocket at /api/events.
import type { CallResult } from './contract';
import type { RawTransport } from './client';

export const API_CALL_PATH = '/api/call';
export const API_EVENTS_PATH = '/api/events';

/** The part of a WebSocket (browser or the `ws` package) this transport uses. */
export interface WebSocketLike {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- browser and `ws` event types differ; only .data is read.
  addEventListener(type: 'message' | 'close' | 'error', listener: (ev: any) => void): void;
  close(): void;
}

export interface HttpTransportOptions {
  /** Base URL of the server, e.g. http://127.0.0.1:4000 */
  baseUrl: string;
  token: string;
  fetch: typeof fetch;
  createWebSocket: (url: string) => WebSocketLike;
  /** Called when the event stream drops or comes back; used for the status bar. */
  onConnectionChange?: (connected: boolean) => void;
  reconnectDelayMs?: number;
}

export function createHttpTransport(opts: HttpTransportOptions): RawTransport {
  const base = opts.baseUrl.replace(/\/$/, '');
  return {
    async call(method, input) {
      let res: Response;
      try {
        res = await opts.fetch(`${base}${API_CALL_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.token}` },
          body: JSON.stringify({ method, input }),
        });
      } catch (err) {
        return { ok: false, error: { code: 'TRANSPORT', message: `Cannot reach the workbench server: ${String(err)}` } };
      }
      try {
        return (await res.json()) as CallResult;
      } catch {
        return { ok: false, error: { code: 'TRANSPORT', message: `Server answered HTTP ${res.status} without a JSON body` } };
      }
    },
    subscribe(listener) {
      let closed = false;
      let socket: WebSocketLike | null = null;
      const wsUrl = `${base.replace(/^http/, 'ws')}${API_EVENTS_PATH}?token=${encodeURIComponent(opts.token)}`;
      const connect = () => {
        socket = opts.createWebSocket(wsUrl);
        socket.addEventListener('message', (ev: { data?: unknown }) => {
          try {
            const msg = JSON.parse(String(ev.data)) as { event?: unknown; payload?: unknown };
            if (msg.event === '__hello') opts.onConnectionChange?.(true);
            else if (typeof msg.event === 'string') listener(msg.event, msg.payload);
          } catch {
            /* ignore frames that are not JSON */
          }
        });
        socket.addEventListener('close', () => {
          opts.onConnectionChange?.(false);
          if (!closed) setTimeout(connect, opts.reconnectDelayMs ?? 1000);
        });
        socket.addEventListener('error', () => undefined);
      };
      connect();
      return () => {
        closed = true;
        socket?.close();
      };
    },
  };
}
