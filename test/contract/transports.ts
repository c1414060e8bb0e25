// The three ways the contract is served, each giving an ApiClient: in-process, HTTP+WebSocket, and (fake) Electron IPC.
import WebSocket from 'ws';
import { createApiClient } from '../../src/common/api/client';
import type { ApiClient, CallResult } from '../../src/common/api/contract';
import { createHttpTransport } from '../../src/common/api/http-transport';
import { createBridgeTransport } from '../../src/common/api/bridge-transport';
import type { Services } from '../../src/node/services/create-services';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { createIpcCallHandler } from '../../src/node/transport/ipc-handler';
import { startServer } from '../../src/server/http-server';
import { findResourcesDir } from '../../src/node/paths';

export interface TransportHandle {
  client: ApiClient;
  close(): Promise<void>;
}

export const TRUSTED_RENDERER_URL = 'file:///app/out/renderer/index.html';

export function inProcess(services: Services): TransportHandle {
  return { client: createInProcessClient(services), close: async () => undefined };
}

export async function http(services: Services): Promise<TransportHandle> {
  const server = await startServer({ services, assetsDir: findResourcesDir() });
  let connected: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const transport = createHttpTransport({
    onConnectionChange: (up) => up && connected(),
    baseUrl: `http://127.0.0.1:${server.port}`,
    token: server.token,
    fetch,
    createWebSocket: (url) => new WebSocket(url, { headers: { origin: `http://127.0.0.1:${server.port}` } }),
    reconnectDelayMs: 50,
  });
  let unsubscribe: (() => void) | null = null;
  const client = createApiClient({
    call: transport.call,
    subscribe: (l) => (unsubscribe = transport.subscribe(l)),
  });
  // Open the event stream now and wait for the server's hello, so no event is missed.
  client.on('workspace.changed', () => undefined);
  await ready;
  return {
    client,
    close: async () => {
      unsubscribe?.();
      await server.close();
    },
  };
}

/**
 * Fake Electron IPC: the main-process handler is the real one (sender check + dispatch); arguments and answers
 * cross a structured clone like Electron's, and events are forwarded as webContents.send would.
 */
export function fakeIpc(services: Services, senderUrl = TRUSTED_RENDERER_URL): TransportHandle {
  const handler = createIpcCallHandler(services.dispatch, (url) => url === TRUSTED_RENDERER_URL);
  const bridge = {
    call: async (method: string, input: unknown): Promise<CallResult> =>
      structuredClone(await handler({ senderFrame: { url: senderUrl } }, structuredClone(method), structuredClone(input))),
    onEvent: (listener: (event: string, payload: unknown) => void) =>
      services.subscribe((event, payload) => listener(event, structuredClone(payload))),
  };
  return { client: createApiClient(createBridgeTransport(bridge)), close: async () => undefined };
}
