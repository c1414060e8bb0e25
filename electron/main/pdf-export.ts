// Desktop PDF export of a plan report: the IPC handler (sender checked) and rendering in a hidden, locked-down window.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { IPC_PDF_CHANNEL } from '../../src/common/api/bridge';
import type { ExportPdfResult } from '../../src/common/api/bridge';
import type { Services } from '../../src/node/services/create-services';
import { isAllowedPrintUrl, PDF_PRINT_OPTIONS, printWindowOptions, runPdfExport, saveDialogOptions } from './pdf-export-core';
import type { PdfLang } from './pdf-export-core';

const RENDER_TIMEOUT_MS = 60_000;

/** Loads the HTML from a private temp file into a hidden sandboxed window (no JS, no preload) and prints it. */
async function renderPdf(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'copw-report-'));
  const file = join(dir, 'report.html');
  const url = pathToFileURL(file).href;
  const win = new BrowserWindow(printWindowOptions());
  let timer: NodeJS.Timeout | undefined;
  try {
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    const contents = win.webContents;
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, target) => {
      if (!isAllowedPrintUrl(target, url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, target) => {
      if (!isAllowedPrintUrl(target, url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('Rendering the PDF took too long')), RENDER_TIMEOUT_MS);
    });
    await Promise.race([win.loadURL(url), timeout]);
    const pdf = await Promise.race([contents.printToPDF(PDF_PRINT_OPTIONS), timeout]);
    return new Uint8Array(pdf);
  } finally {
    if (timer) clearTimeout(timer);
    if (!win.isDestroyed()) win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

export interface PdfExportOptions {
  services: Pick<Services, 'dispatch'>;
  isTrustedSender: (senderUrl: string) => boolean;
  getWindow: () => BrowserWindow | null;
}

/** Registers the exportPlanPdf channel; returns a function that removes it again. */
export function registerPdfExport(opts: PdfExportOptions): () => void {
  const chooseSavePath = async (fileName: string, lang: PdfLang): Promise<string | null> => {
    const options = saveDialogOptions(join(app.getPath('documents'), fileName), lang);
    const parent = opts.getWindow();
    const result = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };

  ipcMain.handle(IPC_PDF_CHANNEL, async (event, planId: unknown, lang: unknown): Promise<ExportPdfResult> => {
    if (!opts.isTrustedSender(event.senderFrame?.url ?? '')) return { ok: false, error: 'PDF export from an untrusted frame was refused' };
    return runPdfExport(
      { dispatch: opts.services.dispatch, chooseSavePath, renderPdf, writeFile: (path, data) => writeFile(path, data) },
      planId,
      lang,
    );
  });
  return () => ipcMain.removeHandler(IPC_PDF_CHANNEL);
}
