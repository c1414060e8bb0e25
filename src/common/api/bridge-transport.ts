// Adapts the desktop preload bridge (window.copw) to the RawTransport the ApiClient runs on.
import type { DesktopBridge } from './bridge';
import type { RawTransport } from './client';

export function createBridgeTransport(bridge: Pick<DesktopBridge, 'call' | 'onEvent'>): RawTransport {
  return {
    call: (method, input) => bridge.call(method, input),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
