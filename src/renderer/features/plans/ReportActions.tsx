// Report buttons of a plan: HTML download, print, Markdown download, and PDF on the desktop app.
import { useTranslation } from 'react-i18next';
import { exportPdf, exportReport, pdfBridge, printReport } from './plan-reports';

export function ReportActions({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <div className="plan-actions" role="toolbar" aria-label={t('plans.report')} data-testid="plan-report-actions">
      <button type="button" className="button" data-action="export-html" onClick={() => void exportReport(planId, 'html')}>
        {t('plans.exportHtml')}
      </button>
      <button type="button" className="button" data-action="print" onClick={() => void printReport(planId)}>
        {t('plans.print')}
      </button>
      <button type="button" className="button" data-action="export-md" onClick={() => void exportReport(planId, 'md')}>
        {t('plans.exportMarkdown')}
      </button>
      {pdfBridge() && (
        <button type="button" className="button" data-action="export-pdf" onClick={() => void exportPdf(planId)}>
          {t('plans.exportPdf')}
        </button>
      )}
    </div>
  );
}
