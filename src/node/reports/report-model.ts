// Turns a Plan into a format-neutral report model (labels resolved in one language, values formatted by field type).
import type { FieldValue, PhaseStatus, Plan, PlanLanguage } from '../../common/api/methods/plans';
import type { Bilingual, ChoiceOption, TableColumn, TemplateField } from '../../common/templates/template-types';
import { reportText } from './report-strings';

export interface ReportOptions {
  format: 'md' | 'html';
  lang: PlanLanguage;
  memberName(id: string): string | null;
  noteTitle(id: string): string | null;
  domainName: string;
  generatedAt: string;
}

/** A field value ready to print: plain text, Markdown, a list (optionally ticked) or a table. */
export type ValueBlock =
  | { kind: 'text'; text: string }
  | { kind: 'markdown'; markdown: string }
  | { kind: 'list'; items: { text: string; checked?: boolean }[] }
  | { kind: 'table'; headers: string[]; rows: string[][] };

/** A link to a note: `title` is what the note is called now (live) or would be called (missing). */
export interface NoteRef {
  title: string;
  present: boolean;
}

export interface ReportModel {
  lang: PlanLanguage;
  title: string;
  generatedAt: string;
  charter: { label: string; value: string }[];
  description: string;
  phases: {
    id: string;
    title: string;
    status: string;
    statusKey: PhaseStatus;
    done: boolean;
    progress: string;
    completedAt: string | null;
    blockers: string[];
    fields: { label: string; value: ValueBlock }[];
  }[];
  tasks: { title: string; phase: string; owner: string; due: string; status: string; overdue: boolean }[];
  meetings: { title: string; date: string; time: string; place: string; attendees: string[]; record: NoteRef | null }[];
  outputs: { phase: string; label: string; note: NoteRef }[];
}

export function pick(text: Bilingual | undefined, lang: PlanLanguage): string {
  if (!text) return '';
  return text[lang] || text.en || text.id || '';
}

export function percent(value: number): string {
  const n = Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
  return `${Math.round(n * 100)}%`;
}

/** "2026-03-01T09:30:00.000Z" → "2026-03-01 09:30 UTC"; anything unparsable is printed as given. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

function personName(id: string | null, opts: ReportOptions): string {
  if (!id) return reportText(opts.lang, 'unassigned');
  return opts.memberName(id) ?? reportText(opts.lang, 'removedMember');
}

function choiceLabel(options: ChoiceOption[] | undefined, value: string, lang: PlanLanguage): string {
  const option = options?.find((o) => o.value === value);
  return option ? pick(option.label, lang) : value;
}

function formatNumber(value: number, lang: PlanLanguage): string {
  return Number.isFinite(value) ? value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 6 }) : String(value);
}

function cellText(column: TableColumn, cell: string | number | null | undefined, opts: ReportOptions): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (typeof cell === 'number') return formatNumber(cell, opts.lang);
  if (column.type === 'member') return personName(cell, opts);
  if (column.type === 'choice') return choiceLabel(column.options, cell, opts.lang);
  if (column.type === 'number' && /^-?\d+(\.\d+)?$/.test(cell)) return formatNumber(Number(cell), opts.lang);
  return cell;
}

function isEmpty(value: FieldValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** A filled field as a printable block, or null when it is empty or its value does not fit its type. */
export function fieldBlock(field: TemplateField, value: FieldValue | undefined, plan: Plan, opts: ReportOptions): ValueBlock | null {
  if (isEmpty(value)) return null;
  const { lang } = opts;
  switch (field.type) {
    case 'richText':
      return typeof value === 'string' ? { kind: 'markdown', markdown: value } : null;
    case 'shortText':
    case 'date':
      return typeof value === 'string' ? { kind: 'text', text: value } : null;
    case 'number':
      return typeof value === 'number' ? { kind: 'text', text: formatNumber(value, lang) } : null;
    case 'choice':
      return typeof value === 'string' ? { kind: 'text', text: choiceLabel(field.options, value, lang) } : null;
    case 'member':
      return typeof value === 'string' ? { kind: 'text', text: personName(value, opts) } : null;
    case 'domain':
      return typeof value === 'string' ? { kind: 'text', text: value === plan.domainId ? opts.domainName : value } : null;
    case 'members':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? { kind: 'list', items: (value as string[]).map((id) => ({ text: personName(id, opts) })) }
        : null;
    case 'checklist': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
      const ticks = value as Record<string, unknown>;
      return { kind: 'list', items: (field.items ?? []).map((item) => ({ text: pick(item.label, lang), checked: ticks[item.id] === true })) };
    }
    case 'table': {
      if (!Array.isArray(value)) return null;
      const columns = field.columns ?? [];
      const rows = (value as unknown[]).filter((r): r is Record<string, string | number | null> => typeof r === 'object' && r !== null && !Array.isArray(r));
      if (rows.length === 0) return null;
      return {
        kind: 'table',
        headers: columns.map((c) => pick(c.label, lang)),
        rows: rows.map((row) => columns.map((c) => cellText(c, row[c.id], opts))),
      };
    }
    default:
      return null;
  }
}

export function buildReportModel(plan: Plan, opts: ReportOptions): ReportModel {
  const { lang } = opts;
  const t = (key: Parameters<typeof reportText>[1]) => reportText(lang, key);
  const none = t('none');
  const template = plan.template;
  const phaseTitle = new Map(template.phases.map((p) => [p.id, pick(p.title, lang)]));
  const today = opts.generatedAt.slice(0, 10);
  const noteRef = (noteId: string | null, fallback: string): NoteRef => {
    const live = noteId ? opts.noteTitle(noteId) : null;
    return live !== null ? { title: live, present: true } : { title: fallback, present: false };
  };

  const currentPhase = phaseTitle.get(plan.currentPhase) ?? pick(plan.currentPhaseTitle, lang);
  const charter = [
    { label: t('plan'), value: plan.title },
    { label: t('domain'), value: opts.domainName || plan.domainName || none },
    { label: t('template'), value: `${pick(template.name, lang) || pick(plan.templateName, lang)} (${t('version')} ${plan.templateVersion})` },
    { label: t('coordinator'), value: plan.coordinatorId ? personName(plan.coordinatorId, opts) : none },
    { label: t('startDate'), value: plan.startedAt || none },
    { label: t('status'), value: reportText(lang, `plan.${plan.status}`) },
    { label: t('currentPhase'), value: currentPhase || none },
    { label: t('overallProgress'), value: percent(plan.progress) },
    { label: t('generatedAt'), value: formatTimestamp(opts.generatedAt) },
  ];

  const states = new Map(plan.phases.map((s) => [s.id, s]));
  const phases = template.phases.map((phase) => {
    const state = states.get(phase.id);
    const values = plan.values[phase.id] ?? {};
    const fields: ReportModel['phases'][number]['fields'] = [];
    for (const field of phase.fields) {
      const block = fieldBlock(field, values[field.id], plan, opts);
      if (block) fields.push({ label: pick(field.label, lang), value: block });
    }
    const status = state?.status ?? 'not-started';
    return {
      id: phase.id,
      title: pick(phase.title, lang),
      status: reportText(lang, `phase.${status}`),
      statusKey: status,
      done: status === 'done',
      progress: percent(state?.progress ?? 0),
      completedAt: state?.completedAt ?? null,
      blockers: status === 'done' ? [] : (state?.blockers ?? []).map((b) => pick(b.message, lang)),
      fields,
    };
  });

  const phaseOrder = new Map(template.phases.map((p, i) => [p.id, i]));
  const order = (phaseId: string) => phaseOrder.get(phaseId) ?? Number.MAX_SAFE_INTEGER;
  const tasks = [...plan.tasks]
    .sort((a, b) => order(a.phaseId) - order(b.phaseId) || (a.due ?? '9999').localeCompare(b.due ?? '9999'))
    .map((task) => ({
      title: task.title,
      phase: phaseTitle.get(task.phaseId) ?? task.phaseId,
      owner: task.ownerMissing ? reportText(lang, 'removedMember') : personName(task.ownerId, opts),
      due: task.due ?? none,
      status: reportText(lang, `task.${task.status}`),
      overdue: task.status !== 'done' && task.due !== null && task.due < today,
    }));

  const meetings = [...plan.meetings]
    .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''))
    .map((m) => ({
      title: m.title,
      date: m.date,
      time: m.time ?? none,
      place: m.place || none,
      attendees: m.attendeeIds.map((id) => personName(id, opts)),
      record: m.recordNoteId ? noteRef(m.recordNoteId, m.title) : null,
    }));

  const outputs = [...plan.outputs]
    .sort((a, b) => order(a.phaseId) - order(b.phaseId))
    .map((o) => ({ phase: phaseTitle.get(o.phaseId) ?? o.phaseId, label: pick(o.label, lang), note: noteRef(o.noteId, o.title) }));

  return { lang, title: plan.title, generatedAt: opts.generatedAt, charter, description: pick(template.description, lang), phases, tasks, meetings, outputs };
}
