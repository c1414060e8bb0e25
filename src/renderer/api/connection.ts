// Connection state of the browser host's event stream, shown in the status bar.
import { createStore } from '../state/store';

export type ConnectionState = 'desktop' | 'connecting' | 'connected' | 'disconnected';

export const connectionStore = createStore<{ state: ConnectionState }>({ state: 'connecting' });

export function setConnectionState(state: ConnectionState): void {
  connectionStore.set({ state });
}
