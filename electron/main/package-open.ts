// Desktop .copkg opening: the renderer's "ready" message on the open-package channel (sender checked) releases the
// paths queued from the command line, a second instance or macOS open-file; a reloading window makes them wait again.
import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainEvent } from 'electron';
import { IPC_OPEN_PACKAGE_CHANNEL } from '../../src/common/api/bridge';
import { PackageOpenQueue } from './package-open-core';

export interface PackageOpenOptions {
  isTrustedSender: (senderUrl: string) => boolean;
  getWindow: () => BrowserWindow | null;
}

export function createPackageOpenQueue(getWindow: () => BrowserWindow | null): PackageOpenQueue {
  return new PackageOpenQueue((path) => {
    const win = getWindow();
    if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return false;
    win.webContents.send(IPC_OPEN_PACKAGE_CHANNEL, path);
    return true;
  });
}

/** Listens for the renderer's ready message; returns a function that stops listening. */
export function registerPackageOpen(queue: PackageOpenQueue, opts: Pick<PackageOpenOptions, 'isTrustedSender'>): () => void {
  const onReady = (event: IpcMainEvent): void => {
    if (!opts.isTrustedSender(event.senderFrame?.url ?? '')) return;
    queue.rendererReady();
  };
  ipcMain.on(IPC_OPEN_PACKAGE_CHANNEL, onReady);
  return () => {
    ipcMain.removeListener(IPC_OPEN_PACKAGE_CHANNEL, onReady);
  };
}

/** A new document in the window (reload, navigation) must subscribe again before paths are sent to it. */
export function watchRendererReload(win: BrowserWindow, queue: PackageOpenQueue): void {
  win.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) queue.rendererGone();
  });
  win.on('closed', () => queue.rendererGone());
}
