// The IPC wiring: one validated call channel (sender checked), UI settings, service events, and the PDF export.
import { ipcMain } from 'electron';
import type { BrowserWindow } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_SETTINGS_CHANNEL } from '../../src/common/api/bridge';
import type { Services } from '../../src/node/services/create-services';
import { createIpcCallHandler } from '../../src/node/transport/ipc-handler';
import { registerPdfExport } from './pdf-export';
import { parseUiSettings } from './policy';
import type { UiSettings } from './policy';

export interface IpcOptions {
  services: Pick<Services, 'dispatch' | 'subscribe'>;
  isTrustedSender: (senderUrl: string) => boolean;
  getWindow: () => BrowserWindow | null;
  onUiSettings: (settings: UiSettings) => void;
}

/** Registers the handlers; returns a function that removes them again. */
export function registerIpc(opts: IpcOptions): () => void {
  const handler = createIpcCallHandler(opts.services.dispatch, opts.isTrustedSender);
  ipcMain.handle(IPC_CALL_CHANNEL, (event, method: unknown, input: unknown) => handler(event, method, input));

  const onSettings = (event: Electron.IpcMainEvent, value: unknown): void => {
    if (!opts.isTrustedSender(event.senderFrame?.url ?? '')) return;
    const settings = parseUiSettings(value);
    if (settings) opts.onUiSettings(settings);
  };
  ipcMain.on(IPC_SETTINGS_CHANNEL, onSettings);
  const disposePdf = registerPdfExport({ services: opts.services, isTrustedSender: opts.isTrustedSender, getWindow: opts.getWindow });

  const unsubscribe = opts.services.subscribe((name, payload) => {
    const win = opts.getWindow();
    if (win && !win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, name, payload);
  });

  return () => {
    unsubscribe();
    disposePdf();
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
    ipcMain.removeListener(IPC_SETTINGS_CHANNEL, onSettings);
  };
}
