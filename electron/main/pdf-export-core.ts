// The PDF export's pure parts (no Electron import, unit-tested): request checks, file names, window and print
// options, and the whole flow over injected steps (ask the services, save dialog, render, write).
import type { ExportPdfResult } from '../../src/common/api/bridge';
import type { CallResult } from '../../src/common/api/contract';
import { safeBaseName } from '../../src/node/reports/report-file-name';

export type PdfLang = 'en' | 'id';

/** Validates what the renderer sent; null when it is not a plan id and a language. */
export function parsePdfRequest(planId: unknown, lang: unknown): { planId: string; lang: PdfLang } | null {
  if (typeof planId !== 'string' || planId.length === 0 || planId.length > 200) return null;
  if (lang !== 'en' && lang !== 'id') return null;
  return { planId, lang };
}

/** The report's file name ("X-report.html") with .pdf instead, safe on every file system. */
export function pdfFileName(reportFileName: string): string {
  const base = reportFileName.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${safeBaseName(base, 'plan-report')}.pdf`;
}

/** The chosen save path, with ".pdf" added when the user typed a name without it. */
export function ensurePdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}

export function saveDialogOptions(defaultPath: string, lang: PdfLang) {
  return {
    title: lang === 'id' ? 'Ekspor laporan PDF' : 'Export PDF report',
    buttonLabel: lang === 'id' ? 'Simpan' : 'Save',
    defaultPath,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
  };
}

/** The hidden window the report is printed from: sandboxed, isolated, no JavaScript, no preload, never shown. */
export function printWindowOptions() {
  return {
    show: false,
    width: 794, // A4 at 96 dpi
    height: 1123,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      images: true,
      spellcheck: false,
      disableDialogs: true,
      navigateOnDragDrop: false,
    },
  };
}

/** A4, no backgrounds; margins as in the report's @page rule (18 / 16 / 20 mm), in inches. */
export const PDF_PRINT_OPTIONS = {
  printBackground: false,
  pageSize: 'A4' as const,
  landscape: false,
  displayHeaderFooter: false,
  margins: { marginType: 'custom' as const, top: 18 / 25.4, bottom: 20 / 25.4, left: 16 / 25.4, right: 16 / 25.4 },
};

/** The only URL the print window may show: the report it was given. Everything else is refused. */
export function isAllowedPrintUrl(url: string, reportUrl: string): boolean {
  return url === reportUrl;
}

export function errorResult(err: unknown): ExportPdfResult {
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, error: message || 'PDF export failed' };
}

export interface PdfExportSteps {
  dispatch(method: string, input: unknown): Promise<CallResult>;
  /** Shows the save dialog with this suggested file name; the chosen path, or null when canceled. */
  chooseSavePath(defaultFileName: string, lang: PdfLang): Promise<string | null>;
  /** Renders the HTML document to PDF bytes. */
  renderPdf(html: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

/** The whole export: report HTML from the services → save dialog → PDF → file. Never throws. */
export async function runPdfExport(steps: PdfExportSteps, planId: unknown, lang: unknown): Promise<ExportPdfResult> {
  const request = parsePdfRequest(planId, lang);
  if (!request) return { ok: false, error: 'exportPlanPdf needs a plan id and a language (en or id)' };
  try {
    const answer = await steps.dispatch('plans.report', { id: request.planId, format: 'html', lang: request.lang });
    if (!answer.ok) return { ok: false, error: answer.error.message };
    const report = answer.result as { fileName?: unknown; content?: unknown } | null;
    if (!report || typeof report.content !== 'string') return { ok: false, error: 'The plan report came back empty' };
    const chosen = await steps.chooseSavePath(pdfFileName(typeof report.fileName === 'string' ? report.fileName : 'plan-report.html'), request.lang);
    if (!chosen) return { ok: false, canceled: true };
    const path = ensurePdfExtension(chosen);
    const pdf = await steps.renderPdf(report.content);
    await steps.writeFile(path, pdf);
    return { ok: true, path };
  } catch (err) {
    return errorResult(err);
  }
}
