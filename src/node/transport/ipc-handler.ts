// Electron IPC adapter (no Electron import): checks the sender frame, then dispatches the call.
import type { CallResult } from '../../common/api/contract';
import type { Dispatcher } from './dispatch';

export interface IpcLikeEvent {
  senderFrame: { url: string } | null;
}

export function createIpcCallHandler(
  dispatch: Dispatcher,
  isTrustedSender: (senderUrl: string) => boolean,
): (event: IpcLikeEvent, method: unknown, input: unknown) => Promise<CallResult> {
  return async (event, method, input) => {
    const url = event.senderFrame?.url ?? '';
    if (!url || !isTrustedSender(url)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'IPC call from an untrusted frame was refused' } };
    }
    return dispatch(method, input);
  };
}
