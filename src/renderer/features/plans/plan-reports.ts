// Report export of a plan: HTML or Markdown download, print of the HTML, PDF through the desktop bridge when present.
import type { DesktopBridge } from '../../../common/api/bridge';
import type { PlanLanguage } from '../../../common/api/methods/plans';
import { i18n } from '../../i18n/i18n';
import { api } from '../../state/services';
import { notify } from '../notifications/notifications';
import { reportError } from '../notifications/report-error';
import { downloadText, printHtml } from './download';
import { flushPlan } from './plan-autosave';

type PdfExport = DesktopBridge['exportPlanPdf'];

/** The desktop bridge's PDF export, when the app runs in Electron. */
export function pdfBridge(): PdfExport | null {
  const copw = (window as unknown as { copw?: Partial<DesktopBridge> }).copw;
  return typeof copw?.exportPlanPdf === 'function' ? copw.exportPlanPdf.bind(copw) : null;
}

const uiLang = (): PlanLanguage => (i18n.language === 'id' ? 'id' : 'en');

async function report(id: string, format: 'md' | 'html') {
  await flushPlan(id);
  return api().call('plans.report', { id, format, lang: uiLang() });
}

export async function exportReport(id: string, format: 'md' | 'html'): Promise<void> {
  try {
    const r = await report(id, format);
    downloadText(r.fileName, r.mime, r.content);
  } catch (err) {
    reportError(err, 'errors.planReport');
  }
}

export async function printReport(id: string): Promise<void> {
  try {
    printHtml((await report(id, 'html')).content);
  } catch (err) {
    reportError(err, 'errors.planReport');
  }
}

export async function exportPdf(id: string): Promise<void> {
  const run = pdfBridge();
  if (!run) {
    notify('info', 'plans.pdfDesktopOnly', {});
    return;
  }
  await flushPlan(id);
  const result = await run(id, uiLang());
  if (result.ok) notify('info', 'plans.pdfSaved', { path: result.path });
  else if (!result.canceled) reportError(new Error(result.error ?? 'PDF export failed'), 'errors.planReport');
}
