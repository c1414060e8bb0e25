// Desktop host entry: one instance, one hardened window, the native menu and the IPC bridge to the services.
// Thin by design: everything the app does lives in src/node behind the API contract.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, nativeTheme, session } from 'electron';
import { IPC_MENU_CHANNEL } from '../../src/common/api/bridge';
import { AppError } from '../../src/common/errors';
import { defaultWorkspaceDir } from '../../src/node/paths';
import { createServices } from '../../src/node/services/create-services';
import { warmUpSearch } from '../../src/node/search/warm-up';
import type { Services } from '../../src/node/services/create-services';
import { registerIpc } from './ipc';
import { installApplicationMenu } from './menu';
import { menuLanguage, translate } from './menu-template';
import { resolveNativeBinding } from './native-binding';
import { createPackageOpenQueue, registerPackageOpen, watchRendererReload } from './package-open';
import { packagePaths, packagePathsFromArgv } from './package-open-core';
import { contentSecurityPolicy, createTrustedSenderCheck, parseDevServerUrl, rendererUrl } from './policy';
import { hardenSession, installWebContentsGuard } from './security';
import { createMainWindow, focusWindow } from './window';

const mainDir = dirname(fileURLToPath(import.meta.url)); // out/main
const outDir = resolve(mainDir, '..');
const appRoot = resolve(outDir, '..');
const devServerUrl = app.isPackaged ? undefined : parseDevServerUrl(process.env.ELECTRON_RENDERER_URL);
const appUrl = rendererUrl(outDir, devServerUrl);
const isAppUrl = createTrustedSenderCheck(appUrl);

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;
let disposeIpc: (() => void) | null = null;
let disposePackageOpen: (() => void) | null = null;
let uiLanguage = 'en';
/** .copkg files opened with the app, delivered to the renderer once it is ready (file association). */
const packageQueue = createPackageOpenQueue(() => mainWindow);

function sendMenuCommand(commandId: string): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC_MENU_CHANNEL, commandId);
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    url: appUrl,
    title: translate(menuLanguage(uiLanguage), 'app.name'),
  });
  watchRendererReload(mainWindow, packageQueue);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** Shows why the app cannot start (e.g. an AppError for a bad workspace) and quits with exit code 1. */
function reportFatal(err: unknown): void {
  const isAppError = err instanceof AppError || (err instanceof Error && err.name === 'AppError');
  const message = err instanceof Error ? err.message : String(err);
  console.error('[copw] cannot start:', err);
  if (app.isReady()) {
    dialog.showErrorBox('CoP Workbench', isAppError ? `${message}\n\n(${(err as AppError).code})` : message);
  }
  app.exit(1);
}

function openServices(): Services | null {
  try {
    return createServices({
      workspaceDir: process.env.COPW_WORKSPACE || defaultWorkspaceDir(),
      resourcesDir: join(appRoot, 'resources'),
      nativeBinding: resolveNativeBinding(process.env, appRoot, process.versions.electron),
      createIfMissing: 'demo',
      appVersion: app.getVersion(),
    });
  } catch (err) {
    reportFatal(err);
    return null;
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  uiLanguage = app.getLocale() || 'en';

  hardenSession(session.defaultSession, contentSecurityPolicy(devServerUrl), isAppUrl);
  installApplicationMenu(uiLanguage, sendMenuCommand);

  const opened = openServices();
  if (!opened) return;
  services = opened;
  warmUpSearch(opened);
  disposeIpc = registerIpc({
    services: opened,
    isTrustedSender: isAppUrl,
    getWindow: () => mainWindow,
    onUiSettings: (settings) => {
      nativeTheme.themeSource = settings.theme;
      if (settings.language !== uiLanguage) {
        uiLanguage = settings.language;
        installApplicationMenu(uiLanguage, sendMenuCommand);
      }
    },
  });

  disposePackageOpen = registerPackageOpen(packageQueue, { isTrustedSender: isAppUrl });
  packageQueue.open(packagePathsFromArgv(process.argv, process.cwd()));

  openMainWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

// The name decides the userData folder, which the single-instance lock is keyed on: set it first.
app.setName('CoP Workbench');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  installWebContentsGuard(app, isAppUrl);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    packageQueue.open(packagePathsFromArgv(argv, workingDirectory));
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
    else if (services) openMainWindow(); // macOS: the app was running with no window open
  });

  // macOS: a .copkg opened in Finder (before launch finished too); queued until the renderer is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    packageQueue.open(packagePaths([path], process.cwd()));
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
    else if (services) openMainWindow();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    disposeIpc?.();
    disposeIpc = null;
    disposePackageOpen?.();
    disposePackageOpen = null;
    services?.close();
    services = null;
  });

  start().catch(reportFatal);
}
