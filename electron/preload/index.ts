// Preload (sandboxed, CommonJS): exposes exactly one object, window.copw, shaped as DesktopBridge.
// ipcRenderer itself never reaches the page; each method uses one fixed channel.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_MENU_CHANNEL,
  IPC_OPEN_PACKAGE_CHANNEL,
  IPC_PDF_CHANNEL,
  IPC_SETTINGS_CHANNEL,
} from '../../src/common/api/bridge';
import type { DesktopBridge, ExportPdfResult } from '../../src/common/api/bridge';
import type { CallResult } from '../../src/common/api/contract';

const bridge: DesktopBridge = {
  async call(method: string, input: unknown): Promise<CallResult> {
    try {
      return (await ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input)) as CallResult;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { ok: false, error: { code: 'TRANSPORT', message: message || 'IPC call failed' } };
    }
  },

  onEvent(listener: (event: string, payload: unknown) => void): () => void {
    const handler = (_e: IpcRendererEvent, event: unknown, payload: unknown): void => {
      if (typeof event === 'string') listener(event, payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },

  onMenuCommand(listener: (commandId: string) => void): () => void {
    const handler = (_e: IpcRendererEvent, commandId: unknown): void => {
      if (typeof commandId === 'string') listener(commandId);
    };
    ipcRenderer.on(IPC_MENU_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_MENU_CHANNEL, handler);
    };
  },

  setUiSettings(settings: { language: string; theme: string }): void {
    ipcRenderer.send(IPC_SETTINGS_CHANNEL, { language: String(settings?.language ?? ''), theme: String(settings?.theme ?? '') });
  },

  async exportPlanPdf(planId: string, lang: 'en' | 'id'): Promise<ExportPdfResult> {
    try {
      return (await ipcRenderer.invoke(IPC_PDF_CHANNEL, String(planId), lang === 'id' ? 'id' : 'en')) as ExportPdfResult;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { ok: false, error: message || 'IPC call failed' };
    }
  },

  onOpenPackage(listener: (path: string) => void): () => void {
    const handler = (_e: IpcRendererEvent, path: unknown): void => {
      if (typeof path === 'string' && path.length > 0) listener(path);
    };
    ipcRenderer.on(IPC_OPEN_PACKAGE_CHANNEL, handler);
    ipcRenderer.send(IPC_OPEN_PACKAGE_CHANNEL);
    return () => {
      ipcRenderer.removeListener(IPC_OPEN_PACKAGE_CHANNEL, handler);
    };
  },

  platform: process.platform,
};

contextBridge.exposeInMainWorld('copw', bridge);
