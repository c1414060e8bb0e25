// The output notes a plan's template expects (per plan, member or meeting), their titles and whether they exist.
import type { PlanLanguage, PlanMeeting, PlanOutput } from '../../common/api/methods/plans';
import type { PlanData } from '../../common/plans/plan-data';
import { fillPlanText, safeNoteTitle } from '../../common/plans/plan-text';
import type { Template, TemplateOutput, TemplatePhase } from '../../common/templates/template-types';
import { fieldText } from './field-text';
import type { WorkspaceLookup } from './workspace-lookup';

export interface PlanTextContext {
  template: Template;
  data: PlanData;
  lang: PlanLanguage;
  title: string;
  domainId: string | null;
  coordinatorId: string | null;
  today: string;
  lookup: WorkspaceLookup;
}

/** One expected output instance, with the text its note gets when created. */
export interface ExpectedOutput {
  phase: TemplatePhase;
  output: TemplateOutput;
  key: string;
  meeting: PlanMeeting | null;
  memberId: string | null;
}

/** Member ids a per-member output takes from `membersFrom` ("fieldId" in the same phase, or "phaseId.fieldId"). */
function membersOf(ctx: PlanTextContext, phase: TemplatePhase, membersFrom: string | undefined): string[] {
  if (!membersFrom) return [];
  const [phaseId, fieldId] = membersFrom.includes('.') ? membersFrom.split('.') : [phase.id, membersFrom];
  const v = ctx.data.values[phaseId]?.[fieldId];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

export function expectedOutputs(ctx: PlanTextContext): ExpectedOutput[] {
  const out: ExpectedOutput[] = [];
  for (const phase of ctx.template.phases) {
    for (const output of phase.outputs) {
      if (output.per === 'plan') out.push({ phase, output, key: 'plan', meeting: null, memberId: null });
      else if (output.per === 'member') for (const m of membersOf(ctx, phase, output.membersFrom)) out.push({ phase, output, key: m, meeting: null, memberId: m });
      else for (const m of ctx.data.meetings.filter((x) => x.phaseId === phase.id)) out.push({ phase, output, key: m.id, meeting: m, memberId: null });
    }
  }
  return out;
}

/** Variables for titles and bodies ({{domain}}, {{today}}, {{coordinator}}, {{plan}}, {{member}}, {{meeting.*}}, declared ones, fields). */
export function renderText(ctx: PlanTextContext, text: string, extra: { memberId?: string | null; meeting?: PlanMeeting | null }): string {
  const names = (id: string) => ctx.lookup.memberName(id) ?? '(removed member)';
  const vars: Record<string, string> = {};
  for (const v of ctx.template.variables ?? []) vars[v.name] = v.default;
  Object.assign(vars, {
    domain: ctx.lookup.domainName(ctx.domainId),
    today: ctx.today,
    coordinator: ctx.coordinatorId ? names(ctx.coordinatorId) : '',
    plan: ctx.title,
    member: extra.memberId ? names(extra.memberId) : '',
    'meeting.title': extra.meeting?.title ?? '',
    'meeting.date': extra.meeting?.date ?? '',
    'meeting.time': extra.meeting?.time ?? '',
    'meeting.place': extra.meeting?.place ?? '',
    'meeting.attendees': (extra.meeting?.attendeeIds ?? []).map(names).join(', '),
  });
  return fillPlanText(text, vars, (phaseId, fieldId) => {
    const field = ctx.template.phases.find((p) => p.id === phaseId)?.fields.find((f) => f.id === fieldId);
    return field ? fieldText(field, ctx.data.values[phaseId]?.[fieldId], ctx.lang, ctx.lookup.memberName) : null;
  });
}

export function outputTitle(ctx: PlanTextContext, e: ExpectedOutput): string {
  return safeNoteTitle(renderText(ctx, e.output.title[ctx.lang], { memberId: e.memberId, meeting: e.meeting }));
}

/** The note an expected output is linked to, when that note is live. */
export function linkedNoteId(ctx: PlanTextContext, e: ExpectedOutput): string | null {
  const link = ctx.data.outputs.find((o) => o.outputId === e.output.id && o.key === e.key);
  const candidates = [link?.noteId, e.meeting?.recordNoteId].filter((x): x is string => !!x);
  return candidates.find((id) => ctx.lookup.liveNoteTitle(id) !== null) ?? null;
}

export function planOutputs(ctx: PlanTextContext): PlanOutput[] {
  return expectedOutputs(ctx).map((e) => {
    const noteId = linkedNoteId(ctx, e);
    return {
      outputId: e.output.id,
      phaseId: e.phase.id,
      label: e.output.label,
      per: e.output.per,
      key: e.key,
      title: noteId ? (ctx.lookup.liveNoteTitle(noteId) as string) : outputTitle(ctx, e),
      noteId,
    };
  });
}
