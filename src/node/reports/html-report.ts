// The plan report as ONE self-contained HTML document: inline styles, a CSP that forbids scripts, nothing external.
import type { ReportModel, ValueBlock } from './report-model';
import { reportText } from './report-strings';
import type { ReportStringKey } from './report-strings';
import { anchorId, escapeHtml as esc } from './html-escape';
import { markdownToSafeHtml } from '../markdown/safe-html';
import { REPORT_CSS } from './html-style';

/** Only inline styles and data: images; no scripts, no connections, no forms, no frames, no base URL. */
/** The self-contained report page around already-escaped body lines: CSP without scripts, report style, no referrer. */
export function reportDocument(lang: 'en' | 'id', title: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const REPORT_CSP = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

function table(headers: string[], rows: string[][], cls = ''): string {
  const head = `<thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
  // Cells are already HTML (escaped by the caller).
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}>${head}<tbody>\n${body}\n</tbody></table>`;
}

function meter(percent: string): string {
  const n = Number.parseInt(percent, 10) || 0;
  return `<span class="meter" aria-hidden="true"><span style="width:${Math.max(0, Math.min(100, n))}%"></span></span>${esc(percent)}`;
}

function block(value: ValueBlock): string {
  switch (value.kind) {
    case 'text':
      return `<p>${esc(value.text)}</p>`;
    case 'markdown':
      return markdownToSafeHtml(value.markdown, 3);
    case 'list': {
      const ticked = value.items.some((i) => i.checked !== undefined);
      const items = value.items.map((i) =>
        i.checked === undefined ? `<li>${esc(i.text)}</li>` : `<li><span class="tick">${i.checked ? '☑' : '☐'}</span> ${esc(i.text)}</li>`,
      );
      return `<ul${ticked ? ' class="checklist"' : ''}>${items.join('')}</ul>`;
    }
    case 'table':
      return table(value.headers, value.rows.map((r) => r.map(esc)));
  }
}

function noteCell(title: string, present: boolean, t: (k: ReportStringKey) => string): string {
  return present
    ? `<span class="note-link">${esc(title)}</span>`
    : `<span class="missing">${esc(title)} (${esc(t('missing'))})</span>`;
}

export function renderHtmlReport(model: ReportModel): string {
  const t = (key: ReportStringKey, vars?: Record<string, string | number>) => reportText(model.lang, key, vars);
  const parts: string[] = [];

  const toc = [
    `<li><a href="#charter">${esc(t('charter'))}</a></li>`,
    `<li><a href="#phase-status">${esc(t('phaseStatus'))}</a></li>`,
    ...model.phases.map((p, i) => `<li><a href="#${anchorId('phase', p.id)}">${i + 1}. ${esc(p.title)}</a></li>`),
    `<li><a href="#tasks">${esc(t('tasks'))}</a></li>`,
    `<li><a href="#meetings">${esc(t('meetings'))}</a></li>`,
    `<li><a href="#outputs">${esc(t('outputs'))}</a></li>`,
  ];
  parts.push(`<header><h1>${esc(model.title)}</h1><p class="subtitle">${esc(t('report'))}</p></header>`);
  parts.push(`<nav aria-label="${esc(t('contents'))}"><strong>${esc(t('contents'))}</strong><ul>${toc.join('')}</ul></nav>`);

  parts.push(`<section id="charter"><h2>${esc(t('charter'))}</h2>`);
  parts.push(`<dl class="charter">${model.charter.map((r) => `<dt>${esc(r.label)}</dt><dd>${esc(r.value)}</dd>`).join('')}</dl>`);
  if (model.description.trim()) parts.push(`<h3>${esc(t('about'))}</h3>${markdownToSafeHtml(model.description, 3)}`);
  parts.push('</section>');

  parts.push(`<section id="phase-status"><h2>${esc(t('phaseStatus'))}</h2>`);
  parts.push(table([t('phase'), t('status'), t('progress'), t('blockers')], model.phases.map((p) => [
    `<a href="#${anchorId('phase', p.id)}">${esc(p.title)}</a>`,
    `<span class="status status-${p.statusKey}">${esc(p.status)}</span>` +
      (p.completedAt ? ` (${esc(p.completedAt.slice(0, 10))})` : ''),
    meter(p.progress),
    p.blockers.length ? `<ul>${p.blockers.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>` : '',
  ])));
  parts.push('</section>');

  model.phases.forEach((phase, index) => {
    parts.push(`<section class="phase" id="${anchorId('phase', phase.id)}"><h2>${index + 1}. ${esc(phase.title)}</h2>`);
    parts.push(`<p><span class="status">${esc(t('status'))}:</span> ${esc(phase.status)} · <span class="status">${esc(t('progress'))}:</span> ${meter(phase.progress)}` +
      (phase.completedAt ? ` · ${esc(t('completedOn'))} ${esc(phase.completedAt.slice(0, 10))}` : '') + '</p>');
    if (phase.blockers.length) {
      parts.push(`<div class="blockers"><strong>${esc(t('blockers'))}</strong><ul>${phase.blockers.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`);
    }
    if (phase.fields.length === 0) parts.push(`<p class="empty">${esc(t('noFields'))}</p>`);
    for (const field of phase.fields) {
      parts.push(`<div class="field"><h3>${esc(field.label)}</h3><div class="field-value">${block(field.value)}</div></div>`);
    }
    parts.push('</section>');
  });

  parts.push(`<section id="tasks" class="after-phases"><h2>${esc(t('tasks'))}</h2>`);
  if (model.tasks.length === 0) parts.push(`<p class="empty">${esc(t('noTasks'))}</p>`);
  else
    parts.push(table([t('task'), t('phase'), t('owner'), t('due'), t('status')], model.tasks.map((task) => [
      esc(task.title),
      esc(task.phase),
      esc(task.owner),
      task.overdue ? `<span class="overdue">${esc(task.due)} (${esc(t('overdue'))})</span>` : esc(task.due),
      esc(task.status),
    ])));
  parts.push('</section>');

  parts.push(`<section id="meetings"><h2>${esc(t('meetings'))}</h2>`);
  if (model.meetings.length === 0) parts.push(`<p class="empty">${esc(t('noMeetings'))}</p>`);
  else
    parts.push(table([t('date'), t('time'), t('meeting'), t('place'), t('attendees'), t('record')], model.meetings.map((m) => [
      esc(m.date),
      esc(m.time),
      esc(m.title),
      esc(m.place),
      esc(m.attendees.join(', ')),
      m.record ? noteCell(m.record.title, m.record.present, t) : `<span class="empty">${esc(t('noRecord'))}</span>`,
    ])));
  parts.push('</section>');

  parts.push(`<section id="outputs"><h2>${esc(t('outputs'))}</h2>`);
  if (model.outputs.length === 0) parts.push(`<p class="empty">${esc(t('noOutputs'))}</p>`);
  else {
    const present = model.outputs.filter((o) => o.note.present).length;
    parts.push(`<p>${esc(t('outputsSummary', { present, total: model.outputs.length }))}</p>`);
    parts.push(table([t('phase'), t('output'), t('note'), t('status')], model.outputs.map((o) => [
      esc(o.phase),
      esc(o.label),
      noteCell(o.note.title, o.note.present, t),
      o.note.present ? `<span class="present">✓ ${esc(t('present'))}</span>` : `<span class="missing">✗ ${esc(t('missing'))}</span>`,
    ])));
  }
  parts.push('</section>');

  const generated = model.charter[model.charter.length - 1];
  parts.push(`<footer>${esc(t('report'))} · ${esc(generated?.label ?? '')} ${esc(generated?.value ?? '')}</footer>`);

  return reportDocument(model.lang === 'id' ? 'id' : 'en', `${model.title} — ${t('report')}`, parts);
}
