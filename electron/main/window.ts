// The main window: sandboxed renderer, preload bridge, shown when ready.
import { BrowserWindow, nativeTheme } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  title: string;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 400,
    title: opts.title,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-fail-load', (_e, code, description, url) => {
    console.error(`[copw] failed to load ${url}: ${description} (${code})`);
    if (!win.isVisible()) win.show();
  });
  void win.loadURL(opts.url);
  return win;
}

/** Brings a window to the front (used when a second instance starts). */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
