// The plan report as GitHub-flavoured Markdown: charter, phases with their filled fields, tasks, meetings, outputs.
import type { ReportModel, ValueBlock } from './report-model';
import { reportText } from './report-strings';
import { escapeMarkdownInline as esc, markdownCell, nestMarkdown, wikiLink } from './markdown-escape';
import { escapeRawHtml } from './markdown-raw-html';

const richText = (markdown: string) => nestMarkdown(escapeRawHtml(markdown), 3);

function table(headers: string[], rows: string[][]): string {
  const head = `| ${headers.map(markdownCell).join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  // Cells are pre-escaped by the caller (they may hold wikilinks), so only newlines are flattened here.
  const body = rows.map((r) => `| ${headers.map((_h, i) => (r[i] ?? '').replace(/\r\n?|\n/g, ' ').trim() || ' ').join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

function block(value: ValueBlock): string {
  switch (value.kind) {
    case 'text':
      return esc(value.text);
    case 'markdown':
      return richText(value.markdown);
    case 'list':
      return value.items.map((i) => (i.checked === undefined ? `- ${esc(i.text)}` : `- [${i.checked ? 'x' : ' '}] ${esc(i.text)}`)).join('\n');
    case 'table':
      return table(value.headers, value.rows.map((r) => r.map(markdownCell)));
  }
}

export function renderMarkdownReport(model: ReportModel): string {
  const t = (key: Parameters<typeof reportText>[1], vars?: Record<string, string | number>) => reportText(model.lang, key, vars);
  const out: string[] = [];
  out.push(`# ${esc(model.title)}`, '', `*${esc(t('report'))}*`, '');

  out.push(`## ${t('charter')}`, '');
  out.push(...model.charter.map((row) => `- **${esc(row.label)}:** ${esc(row.value)}`), '');
  if (model.description.trim()) out.push(`### ${t('about')}`, '', richText(model.description), '');

  out.push(`## ${t('phaseStatus')}`, '');
  out.push(table([t('phase'), t('status'), t('progress'), t('blockers')], model.phases.map((p) => [
    markdownCell(p.title),
    markdownCell(p.completedAt ? `${p.status} (${p.completedAt.slice(0, 10)})` : p.status),
    markdownCell(p.progress),
    p.blockers.length ? p.blockers.map(markdownCell).join('; ') : ' ',
  ])), '');

  model.phases.forEach((phase, index) => {
    out.push(`## ${index + 1}. ${esc(phase.title)}`, '');
    out.push(`**${t('status')}:** ${esc(phase.status)} · **${t('progress')}:** ${esc(phase.progress)}` +
      (phase.completedAt ? ` · **${t('completedOn')}:** ${esc(phase.completedAt.slice(0, 10))}` : ''), '');
    if (phase.blockers.length) out.push(`**${t('blockers')}:**`, '', ...phase.blockers.map((b) => `- ${esc(b)}`), '');
    if (phase.fields.length === 0) out.push(`*${t('noFields')}*`, '');
    for (const field of phase.fields) out.push(`### ${esc(field.label)}`, '', block(field.value), '');
  });

  out.push(`## ${t('tasks')}`, '');
  if (model.tasks.length === 0) out.push(`*${t('noTasks')}*`, '');
  else
    out.push(table([t('task'), t('phase'), t('owner'), t('due'), t('status')], model.tasks.map((task) => [
      markdownCell(task.title),
      markdownCell(task.phase),
      markdownCell(task.owner),
      task.overdue ? `**${markdownCell(task.due)} (${t('overdue')})**` : markdownCell(task.due),
      markdownCell(task.status),
    ])), '');

  out.push(`## ${t('meetings')}`, '');
  if (model.meetings.length === 0) out.push(`*${t('noMeetings')}*`, '');
  else
    out.push(table([t('date'), t('time'), t('meeting'), t('place'), t('attendees'), t('record')], model.meetings.map((m) => [
      markdownCell(m.date),
      markdownCell(m.time),
      markdownCell(m.title),
      markdownCell(m.place),
      m.attendees.length ? m.attendees.map(markdownCell).join(', ') : ' ',
      m.record ? (m.record.present ? wikiLink(m.record.title) : `${markdownCell(m.record.title)} (${t('missing')})`) : `*${t('noRecord')}*`,
    ])), '');

  out.push(`## ${t('outputs')}`, '');
  if (model.outputs.length === 0) out.push(`*${t('noOutputs')}*`, '');
  else {
    const present = model.outputs.filter((o) => o.note.present).length;
    out.push(t('outputsSummary', { present, total: model.outputs.length }), '');
    out.push(table([t('phase'), t('output'), t('note'), t('status')], model.outputs.map((o) => [
      markdownCell(o.phase),
      markdownCell(o.label),
      o.note.present ? wikiLink(o.note.title) : markdownCell(o.note.title),
      o.note.present ? `✅ ${t('present')}` : `❌ ${t('missing')}`,
    ])), '');
  }

  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
