// The one object the desktop preload script exposes to the renderer as window.copw.
import type { CallResult } from './contract';

export const IPC_CALL_CHANNEL = 'copw:call';
export const IPC_EVENT_CHANNEL = 'copw:event';
export const IPC_MENU_CHANNEL = 'copw:menu-command';
export const IPC_SETTINGS_CHANNEL = 'copw:settings';
export const IPC_PDF_CHANNEL = 'copw:export-plan-pdf';
/** Both ways: the renderer says it is ready (no payload), the main process sends .copkg paths opened with the app. */
export const IPC_OPEN_PACKAGE_CHANNEL = 'copw:open-package';

/** What exporting a plan's PDF report ended with: the saved file, or why not (canceled in the save dialog, or an error). */
export type ExportPdfResult = { ok: true; path: string } | { ok: false; canceled?: boolean; error?: string };

export interface DesktopBridge {
  /** Calls one API method; never rejects, the answer carries the error. */
  call(method: string, input: unknown): Promise<CallResult>;
  /** Subscribes to service events; returns an unsubscribe function. */
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  /** Subscribes to native-menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (commandId: string) => void): () => void;
  /** Tells the main process the UI language and theme so native menus and window chrome follow. */
  setUiSettings(settings: { language: string; theme: string }): void;
  /** Desktop only: renders the plan's HTML report to an A4 PDF and saves it where the user picks; never rejects. */
  exportPlanPdf(planId: string, lang: 'en' | 'id'): Promise<ExportPdfResult>;
  /** Desktop only: .copkg files opened with the app (file association, second launch, macOS open-file). Subscribing
   * tells the main process the renderer is ready, so paths given at launch are delivered then. Returns an unsubscribe function. */
  onOpenPackage(listener: (path: string) => void): () => void;
  platform: string;
}
