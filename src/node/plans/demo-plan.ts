// Loads a demo plan file (resources/demo/plans/*.json): checked against its built-in template like plans.setField.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../common/errors';
import type { PlanMeeting } from '../../common/api/methods/plans';
import { checkFieldValue, FieldValueError } from '../../common/plans/field-values';
import { emptyPlanData } from '../../common/plans/plan-data';
import { isRealDate } from '../../common/plans/dates';
import { titleKey } from '../../common/wikilink';
import { PlanStore } from '../store/plan-store';
import type { PlanRecord } from '../store/plan-store';
import { buildPlan } from './plan-view';
import type { TemplateSource } from './template-source';
import { createWorkspaceLookup } from './workspace-lookup';

const date = z.string().refine(isRealDate, 'Expected a real date YYYY-MM-DD');

export const demoPlanSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    template: z.string().min(1),
    domain: z.string().min(1),
    coordinator: z.string().nullable(),
    status: z.enum(['active', 'completed', 'archived']),
    lang: z.enum(['en', 'id']),
    startedAt: date,
    values: z.record(z.string(), z.record(z.string(), z.unknown())),
    phaseDone: z.record(z.string(), date),
    tasks: z.array(
      z.object({ phase: z.string(), title: z.string().min(1), owner: z.string().nullable(), due: date.nullable(), status: z.enum(['todo', 'doing', 'done']) }).strict(),
    ),
    meetings: z.array(
      z
        .object({
          phase: z.string(),
          title: z.string().min(1),
          date,
          time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
          place: z.string(),
          attendees: z.array(z.string()),
          /** Title of the meeting-record note in the demo notes, or null (shown as a missing output). */
          record: z.string().nullable(),
        })
        .strict(),
    ),
    /** Output notes that already exist: template output id, key ('plan' or a member id) and the note's title. */
    outputs: z.array(z.object({ output: z.string(), key: z.string(), note: z.string() }).strict()),
  })
  .strict();

export type DemoPlan = z.infer<typeof demoPlanSchema>;

/** Inserts the plan; every field value, member, phase, output and note title must check out, else INVALID_INPUT naming the file. */
export function loadDemoPlan(db: Database, source: TemplateSource, raw: unknown, file: string, domainIdOf: (slug: string) => string, now: string): void {
  const bad = (msg: string): never => {
    throw new AppError('INVALID_INPUT', `${file}: ${msg}`);
  };
  const parsed = demoPlanSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    bad(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const p = parsed.data as DemoPlan;
  const template = source.get(p.template);
  const lookup = createWorkspaceLookup(db);
  const domainId = domainIdOf(p.domain);
  const phase = (id: string, where: string) => template.phases.find((x) => x.id === id) ?? bad(`${where}: template ${template.id} has no phase "${id}"`);
  const member = (id: string, where: string) => (lookup.memberExists(id) ? id : bad(`${where}: no member "${id}"`));
  const note = (title: string, where: string) =>
    (db.prepare('SELECT id FROM notes WHERE title_key = ? AND deleted_at IS NULL ORDER BY domain_id = ? DESC LIMIT 1').pluck().get(titleKey(title), domainId) as string | undefined) ??
    bad(`${where}: no note titled "${title}"`);
  if (p.coordinator) member(p.coordinator, 'coordinator');

  const data = emptyPlanData();
  for (const [phaseId, fields] of Object.entries(p.values)) {
    const ph = phase(phaseId, `values.${phaseId}`);
    data.values[phaseId] = {};
    for (const [fieldId, value] of Object.entries(fields)) {
      const field = ph.fields.find((f) => f.id === fieldId) ?? bad(`values.${phaseId}.${fieldId}: phase ${phaseId} has no field "${fieldId}"`);
      try {
        const v = checkFieldValue(field, value, lookup);
        if (v !== null) data.values[phaseId][fieldId] = v;
      } catch (e) {
        if (e instanceof FieldValueError) bad(`values.${phaseId}.${fieldId}: ${e.message}`);
        throw e;
      }
    }
  }
  for (const [phaseId, at] of Object.entries(p.phaseDone)) data.phaseDone[phase(phaseId, `phaseDone.${phaseId}`).id] = `${at}T16:00:00.000Z`;
  p.tasks.forEach((t, i) => {
    data.tasks.push({
      id: randomUUID(),
      phaseId: phase(t.phase, `tasks[${i}]`).id,
      title: t.title,
      ownerId: t.owner ? member(t.owner, `tasks[${i}].owner`) : null,
      due: t.due,
      status: t.status,
      templateTaskId: null,
    });
  });
  p.meetings.forEach((m, i) => {
    const ph = phase(m.phase, `meetings[${i}]`);
    const meeting: PlanMeeting = {
      id: randomUUID(),
      phaseId: ph.id,
      title: m.title,
      date: m.date,
      time: m.time,
      place: m.place,
      attendeeIds: m.attendees.map((a) => member(a, `meetings[${i}].attendees`)),
      recordNoteId: m.record ? note(m.record, `meetings[${i}].record`) : null,
    };
    data.meetings.push(meeting);
    const output = ph.outputs.find((o) => o.per === 'meeting');
    if (output && meeting.recordNoteId) data.outputs.push({ outputId: output.id, key: meeting.id, noteId: meeting.recordNoteId });
  });
  p.outputs.forEach((o, i) => {
    if (!template.phases.some((ph) => ph.outputs.some((x) => x.id === o.output))) bad(`outputs[${i}]: template has no output "${o.output}"`);
    data.outputs.push({ outputId: o.output, key: o.key, noteId: note(o.note, `outputs[${i}].note`) });
  });
  const rec: PlanRecord = {
    id: p.id,
    title: p.title,
    templateId: template.id,
    templateVersion: template.version,
    template,
    domainId,
    coordinatorId: p.coordinator,
    status: p.status,
    lang: p.lang,
    startedAt: p.startedAt,
    data,
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  const plan = buildPlan(rec, template, lookup, now.slice(0, 10), null);
  new PlanStore(db).insert(rec, plan.currentPhase, 'Demo plan loaded');
}
