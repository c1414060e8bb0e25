// Picks the API transport: the Electron bridge on the desktop, HTTP + WebSocket in the browser host.
import { createApiClient, type RawTransport } from '../../common/api/client';
import type { ApiClient } from '../../common/api/contract';
import type { DesktopBridge } from '../../common/api/bridge';
import { createHttpTransport } from '../../common/api/http-transport';
import { getDesktopBridge } from './desktop-bridge';
import { resolveToken } from './token';
import { createUnloadAwareFetch } from './unload-fetch';
import { setConnectionState } from './connection';

export type ClientSelection =
  | { kind: 'desktop'; client: ApiClient; bridge: DesktopBridge }
  | { kind: 'browser'; client: ApiClient }
  | { kind: 'no-token' };

function bridgeTransport(bridge: DesktopBridge): RawTransport {
  return {
    call: (method, input) => bridge.call(method, input),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}

export function selectApiClient(): ClientSelection {
  const bridge = getDesktopBridge();
  if (bridge) {
    setConnectionState('desktop');
    return { kind: 'desktop', client: createApiClient(bridgeTransport(bridge)), bridge };
  }
  const token = resolveToken();
  if (!token) return { kind: 'no-token' };
  const transport = createHttpTransport({
    baseUrl: window.location.origin,
    token,
    fetch: createUnloadAwareFetch(window.fetch.bind(window)),
    createWebSocket: (url) => new WebSocket(url),
    onConnectionChange: (connected) => setConnectionState(connected ? 'connected' : 'disconnected'),
  });
  return { kind: 'browser', client: createApiClient(transport) };
}
