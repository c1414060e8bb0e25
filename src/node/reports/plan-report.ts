// The plan report (programme charter, phase status, tasks, meetings, output links) as Markdown or self-contained HTML.
import type { Plan, PlanLanguage, PlanReport } from '../../common/api/methods/plans';
import { renderHtmlReport } from './html-report';
import { renderMarkdownReport } from './markdown-report';
import { reportFileName } from './report-file-name';
import { buildReportModel } from './report-model';

export interface PlanReportOptions {
  format: 'md' | 'html';
  lang: PlanLanguage;
  /** A member's display name, or null when the member no longer exists (printed as "(removed member)"). */
  memberName(id: string): string | null;
  /** A live note's title, or null when it is missing or in the trash (the output counts as missing). */
  noteTitle(id: string): string | null;
  domainName: string;
  /** ISO timestamp; its date decides which tasks are overdue. */
  generatedAt: string;
}

export function renderPlanReport(plan: Plan, opts: PlanReportOptions): PlanReport {
  const model = buildReportModel(plan, opts);
  if (opts.format === 'html') {
    return { fileName: reportFileName(plan.title, 'html'), mime: 'text/html', content: renderHtmlReport(model) };
  }
  return { fileName: reportFileName(plan.title, 'md'), mime: 'text/markdown', content: renderMarkdownReport(model) };
}
