// Plan operations: create from a template, edit fields/tasks/meetings, outputs, gates, versions, upgrades.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { Plan, PlanLanguage, PlanMeeting, PlanStatus, PlanSummary, PlanUpgradePreview, PlanVersion, ScheduleMeetingsInput, TaskStatus } from '../../common/api/methods/plans';
import { addDays, dateOf, isRealDate } from '../../common/plans/dates';
import { checkFieldValue, FieldValueError } from '../../common/plans/field-values';
import { emptyPlanData } from '../../common/plans/plan-data';
import { safeNoteTitle } from '../../common/plans/plan-text';
import { diffTemplates, upgradeData } from '../../common/plans/template-diff';
import type { Template, TemplatePhase } from '../../common/templates/template-types';
import type { Clock } from '../store/clock';
import { PlanStore } from '../store/plan-store';
import type { PlanRecord } from '../store/plan-store';
import { fitLegacyValues } from './legacy-fit';
import { createOrLinkNote } from './output-notes';
import { expectedOutputs, linkedNoteId, outputTitle, renderText } from './plan-outputs';
import { buildPlan, textContext } from './plan-view';
import type { TemplateSource } from './template-source';
import { createWorkspaceLookup } from './workspace-lookup';
import type { WorkspaceLookup } from './workspace-lookup';

/** A plan write's outcome: the plan and the notes it created (for notes.changed events). */
export interface PlanWrite<T = Plan> {
  result: T;
  createdNotes: string[];
}

type Change = { summary: string; coalesce?: boolean } | null;

const realDate = (what: string, d: string | null | undefined): void => {
  if (d && !isRealDate(d)) throw new AppError('INVALID_INPUT', `${what} ${d} is not a real date`);
};

export class PlanService {
  readonly store: PlanStore;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly source: TemplateSource,
  ) {
    this.store = new PlanStore(db);
  }

  today(): string {
    return dateOf(this.clock());
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** The record with its template; a converted old-format plan gets its template (latest) attached and values fitted. */
  private load(id: string, lookup: WorkspaceLookup): { rec: PlanRecord; template: Template } {
    const rec = this.store.get(id);
    if (rec.template) return { rec, template: rec.template };
    let template: Template;
    try {
      template = this.source.get(rec.templateId);
    } catch {
      throw new AppError('CONFLICT', `Plan "${rec.title}" was made before templates were versioned and its template ${rec.templateId} no longer exists`);
    }
    const data = fitLegacyValues(template, rec.data, lookup);
    return { rec: { ...rec, template, templateVersion: template.version, data }, template };
  }

  private view(rec: PlanRecord, template: Template, lookup: WorkspaceLookup): Plan {
    return buildPlan(rec, template, lookup, this.today(), this.source.latestVersion(rec.templateId));
  }

  list(): PlanSummary[] {
    const lookup = createWorkspaceLookup(this.db);
    return this.store.ids().map((id) => {
      const stored = this.store.get(id);
      if (!stored.template && this.source.latestVersion(stored.templateId) === null) return this.orphanSummary(stored, lookup);
      const { rec, template } = this.load(id, lookup);
      const { coordinatorId: _c, startedAt: _s, template: _t, values: _v, phases: _p, tasks: _k, meetings: _m, outputs: _o, revision: _r, templateUpdate: _u, ...summary } =
        this.view(rec, template, lookup);
      return summary;
    });
  }

  /** An old-format plan whose template is gone: listed (so it can be found and deleted), though it cannot be opened. */
  private orphanSummary(rec: PlanRecord, lookup: WorkspaceLookup): PlanSummary {
    return {
      id: rec.id,
      title: rec.title,
      domainId: rec.domainId,
      domainName: lookup.domainName(rec.domainId),
      templateId: rec.templateId,
      templateVersion: rec.templateVersion,
      templateName: { en: rec.templateId, id: rec.templateId },
      status: rec.status,
      lang: rec.lang,
      currentPhase: '',
      currentPhaseTitle: { en: '', id: '' },
      progress: 0,
      overdueTasks: 0,
      updatedAt: rec.updatedAt,
    };
  }

  get(id: string): Plan {
    const lookup = createWorkspaceLookup(this.db);
    const { rec, template } = this.load(id, lookup);
    return this.view(rec, template, lookup);
  }

  /** One write: a transaction that loads, changes a copy, saves (revision + 1, version row) unless nothing changed. */
  private write(id: string, fn: (rec: PlanRecord, template: Template, lookup: WorkspaceLookup, created: string[]) => Change): PlanWrite {
    const created: string[] = [];
    this.db.transaction(() => {
      const lookup = createWorkspaceLookup(this.db);
      const loaded = this.load(id, lookup);
      const draft = structuredClone(loaded.rec);
      const change = fn(draft, draft.template ?? loaded.template, lookup, created);
      if (!change) return;
      const template = draft.template ?? loaded.template;
      draft.template = template;
      const now = this.now();
      draft.updatedAt = now;
      const plan = this.view(draft, template, createWorkspaceLookup(this.db));
      this.store.save(draft, plan.currentPhase, change.summary, now, change.coalesce);
    })();
    return { result: this.get(id), createdNotes: created };
  }

  create(input: { templateId: string; domainId: string; title: string; coordinatorId?: string | null; startedAt?: string; lang?: PlanLanguage }): Plan {
    const lookup = createWorkspaceLookup(this.db);
    if (!lookup.domainExists(input.domainId)) throw new AppError('NOT_FOUND', `No domain with id ${input.domainId}`);
    const coordinatorId = input.coordinatorId ?? null;
    if (coordinatorId && !lookup.memberExists(coordinatorId)) throw new AppError('NOT_FOUND', `No member with id ${coordinatorId} (coordinator)`);
    realDate('Start date', input.startedAt);
    const template = this.source.get(input.templateId);
    const lang = input.lang ?? 'en';
    const startedAt = input.startedAt ?? this.today();
    const now = this.now();
    const data = emptyPlanData();
    for (const phase of template.phases) {
      for (const t of phase.tasks) {
        data.tasks.push({
          id: randomUUID(),
          phaseId: phase.id,
          title: t.title[lang],
          ownerId: t.owner === 'coordinator' ? coordinatorId : null,
          due: t.dueAfterDays !== undefined ? addDays(startedAt, t.dueAfterDays) : null,
          status: 'todo',
          templateTaskId: t.id,
        });
      }
    }
    const rec: PlanRecord = {
      id: randomUUID(),
      title: input.title,
      templateId: template.id,
      templateVersion: template.version,
      template,
      domainId: input.domainId,
      coordinatorId,
      status: 'active',
      lang,
      startedAt,
      data,
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
    this.db.transaction(() => {
      const plan = this.view(rec, template, lookup);
      this.store.insert(rec, plan.currentPhase, `Started from ${template.name.en} v${template.version}`);
    })();
    return this.get(rec.id);
  }

  update(input: { id: string; title?: string; coordinatorId?: string | null; status?: PlanStatus; startedAt?: string | null; lang?: PlanLanguage }): PlanWrite {
    realDate('Start date', input.startedAt);
    return this.write(input.id, (rec, _t, lookup) => {
      if (input.coordinatorId && input.coordinatorId !== rec.coordinatorId && !lookup.memberExists(input.coordinatorId)) {
        throw new AppError('NOT_FOUND', `No member with id ${input.coordinatorId} (coordinator)`);
      }
      if (input.title !== undefined) rec.title = input.title;
      if (input.coordinatorId !== undefined) rec.coordinatorId = input.coordinatorId;
      if (input.status !== undefined) rec.status = input.status;
      if (input.startedAt !== undefined) rec.startedAt = input.startedAt;
      if (input.lang !== undefined) rec.lang = input.lang;
      return { summary: 'Plan details' };
    });
  }

  setField(input: { id: string; phaseId: string; fieldId: string; value: unknown }): PlanWrite {
    return this.write(input.id, (rec, template, lookup) => {
      const phase = phaseOf(template, input.phaseId);
      const field = phase.fields.find((f) => f.id === input.fieldId);
      if (!field) throw new AppError('INVALID_INPUT', `Phase "${phase.title.en}" (${phase.id}) has no field "${input.fieldId}"`);
      const current = rec.data.values[phase.id]?.[field.id];
      const kept = new Set<string>(keptIds(current));
      let value;
      try {
        value = checkFieldValue(field, input.value, { memberExists: lookup.memberExists, domainExists: lookup.domainExists, allowedIds: kept });
      } catch (e) {
        if (e instanceof FieldValueError) throw new AppError('INVALID_INPUT', `Field "${field.label.en}" (${phase.id}.${field.id}): ${e.message}`);
        throw e;
      }
      if (JSON.stringify(value ?? null) === JSON.stringify(current ?? null)) return null;
      const values = (rec.data.values[phase.id] ??= {});
      if (value === null) delete values[field.id];
      else values[field.id] = value;
      return { summary: `Field ${field.label.en}`, coalesce: true };
    });
  }

  completePhase(input: { id: string; phaseId: string; done: boolean }): PlanWrite {
    return this.write(input.id, (rec, template, lookup) => {
      const phase = phaseOf(template, input.phaseId);
      if (!input.done) {
        if (rec.data.phaseDone[phase.id] === undefined) return null;
        delete rec.data.phaseDone[phase.id];
        return { summary: `Reopened ${phase.title.en}` };
      }
      if (rec.data.phaseDone[phase.id] !== undefined) return null;
      const state = this.view(rec, template, lookup).phases.find((p) => p.id === phase.id);
      const blockers = state?.blockers ?? [];
      if (blockers.length) {
        throw new AppError('CONFLICT', `Phase "${phase.title.en}" cannot be completed yet: ${blockers.map((b) => b.message.en).join('; ')}`);
      }
      rec.data.phaseDone[phase.id] = this.now();
      return { summary: `Completed ${phase.title.en}` };
    });
  }

  addTask(input: { id: string; phaseId: string; title: string; ownerId?: string | null; due?: string | null }): PlanWrite {
    realDate('Due date', input.due);
    return this.write(input.id, (rec, template, lookup) => {
      const phase = phaseOf(template, input.phaseId);
      if (input.ownerId && !lookup.memberExists(input.ownerId)) throw new AppError('NOT_FOUND', `No member with id ${input.ownerId} (task owner)`);
      rec.data.tasks.push({ id: randomUUID(), phaseId: phase.id, title: input.title, ownerId: input.ownerId ?? null, due: input.due ?? null, status: 'todo', templateTaskId: null });
      return { summary: `Task added: ${input.title}` };
    });
  }

  updateTask(input: { id: string; taskId: string; title?: string; ownerId?: string | null; due?: string | null; status?: TaskStatus }): PlanWrite {
    realDate('Due date', input.due);
    return this.write(input.id, (rec, _t, lookup) => {
      const task = rec.data.tasks.find((t) => t.id === input.taskId);
      if (!task) throw new AppError('NOT_FOUND', `Plan has no task with id ${input.taskId}`);
      if (input.ownerId && input.ownerId !== task.ownerId && !lookup.memberExists(input.ownerId)) {
        throw new AppError('NOT_FOUND', `No member with id ${input.ownerId} (task owner)`);
      }
      const before = JSON.stringify(task);
      if (input.title !== undefined) task.title = input.title;
      if (input.ownerId !== undefined) task.ownerId = input.ownerId;
      if (input.due !== undefined) task.due = input.due;
      if (input.status !== undefined) task.status = input.status;
      return JSON.stringify(task) === before ? null : { summary: `Task ${task.title}` };
    });
  }

  removeTask(input: { id: string; taskId: string }): PlanWrite {
    return this.write(input.id, (rec) => {
      const task = rec.data.tasks.find((t) => t.id === input.taskId);
      if (!task) throw new AppError('NOT_FOUND', `Plan has no task with id ${input.taskId}`);
      rec.data.tasks = rec.data.tasks.filter((t) => t.id !== input.taskId);
      return { summary: `Task removed: ${task.title}` };
    });
  }

  /** Creates (or links, when the title exists) the meeting-record note of a meeting; call inside a write. */
  private meetingRecord(rec: PlanRecord, template: Template, phase: TemplatePhase, meeting: PlanMeeting, lookup: WorkspaceLookup, created: string[]): void {
    if (!rec.domainId) throw new AppError('CONFLICT', `Plan "${rec.title}" has no domain to create notes in`);
    const ctx = textContext(rec, template, lookup, this.today());
    const output = phase.outputs.find((o) => o.per === 'meeting');
    const titleText = phase.meetings?.recordTitle[rec.lang] ?? output?.title[rec.lang] ?? '{{meeting.title}} — {{meeting.date}}';
    const bodyText = phase.meetings?.recordBody[rec.lang] ?? output?.body[rec.lang] ?? '';
    const attendees = meeting.attendeeIds.map((m) => lookup.memberName(m) ?? '(removed member)');
    const heading = rec.lang === 'id' ? 'Peserta' : 'Attendees';
    const title = safeNoteTitle(renderText(ctx, titleText, { meeting }));
    const body = `**${heading}:** ${attendees.join(', ') || '—'}\n\n${renderText(ctx, bodyText, { meeting })}`;
    const note = createOrLinkNote(this.db, { domainId: rec.domainId, title, body, kind: 'meeting-record', tags: output?.tags ?? [], lang: rec.lang, now: this.now() });
    if (note.created) created.push(note.noteId);
    meeting.recordNoteId = note.noteId;
    if (output) {
      rec.data.outputs = rec.data.outputs.filter((o) => !(o.outputId === output.id && o.key === meeting.id));
      rec.data.outputs.push({ outputId: output.id, key: meeting.id, noteId: note.noteId });
    }
  }

  scheduleMeetings(input: ScheduleMeetingsInput): PlanWrite {
    realDate('First meeting date', input.firstDate);
    return this.write(input.id, (rec, template, lookup, created) => {
      const phase = phaseOf(template, input.phaseId);
      if (!phase.meetings && !phase.outputs.some((o) => o.per === 'meeting')) {
        throw new AppError('INVALID_INPUT', `Phase "${phase.title.en}" (${phase.id}) does not schedule meetings`);
      }
      for (const m of input.attendeeIds) if (!lookup.memberExists(m)) throw new AppError('NOT_FOUND', `No member with id ${m} (attendee)`);
      const base = input.title ?? phase.meetings?.label[rec.lang] ?? phase.title[rec.lang];
      const already = rec.data.meetings.filter((m) => m.phaseId === phase.id).length;
      for (let i = 0; i < input.count; i++) {
        const meeting: PlanMeeting = {
          id: randomUUID(),
          phaseId: phase.id,
          title: input.count === 1 && input.title ? base : `${base} ${already + i + 1}`,
          date: addDays(input.firstDate, i * input.everyDays),
          time: input.time ?? null,
          place: input.place ?? '',
          attendeeIds: [...new Set(input.attendeeIds)],
          recordNoteId: null,
        };
        rec.data.meetings.push(meeting);
        this.meetingRecord(rec, template, phase, meeting, lookup, created);
      }
      rec.data.meetings.sort((a, b) => (a.date + (a.time ?? '')).localeCompare(b.date + (b.time ?? '')));
      return { summary: `Scheduled ${input.count} meeting(s)` };
    });
  }

  updateMeeting(input: { id: string; meetingId: string; title?: string; date?: string; time?: string | null; place?: string; attendeeIds?: string[] }): PlanWrite {
    realDate('Meeting date', input.date);
    return this.write(input.id, (rec, _t, lookup) => {
      const m = rec.data.meetings.find((x) => x.id === input.meetingId);
      if (!m) throw new AppError('NOT_FOUND', `Plan has no meeting with id ${input.meetingId}`);
      for (const a of input.attendeeIds ?? []) if (!m.attendeeIds.includes(a) && !lookup.memberExists(a)) throw new AppError('NOT_FOUND', `No member with id ${a} (attendee)`);
      const before = JSON.stringify(m);
      if (input.title !== undefined) m.title = input.title;
      if (input.date !== undefined) m.date = input.date;
      if (input.time !== undefined) m.time = input.time;
      if (input.place !== undefined) m.place = input.place;
      if (input.attendeeIds !== undefined) m.attendeeIds = [...new Set(input.attendeeIds)];
      if (JSON.stringify(m) === before) return null;
      rec.data.meetings.sort((a, b) => (a.date + (a.time ?? '')).localeCompare(b.date + (b.time ?? '')));
      return { summary: `Meeting ${m.title}` };
    });
  }

  removeMeeting(input: { id: string; meetingId: string }): PlanWrite {
    return this.write(input.id, (rec) => {
      const m = rec.data.meetings.find((x) => x.id === input.meetingId);
      if (!m) throw new AppError('NOT_FOUND', `Plan has no meeting with id ${input.meetingId}`);
      rec.data.meetings = rec.data.meetings.filter((x) => x.id !== m.id);
      rec.data.outputs = rec.data.outputs.filter((o) => o.key !== m.id);
      return { summary: `Meeting removed: ${m.title}` };
    });
  }

  createOutputs(input: { id: string; phaseId?: string; outputId?: string }): PlanWrite<{ plan: Plan; created: { noteId: string; title: string }[] }> {
    const made: { noteId: string; title: string }[] = [];
    const w = this.write(input.id, (rec, template, lookup, created) => {
      if (input.phaseId) phaseOf(template, input.phaseId);
      if (input.outputId && !template.phases.some((p) => (!input.phaseId || p.id === input.phaseId) && p.outputs.some((o) => o.id === input.outputId))) {
        throw new AppError('NOT_FOUND', `Template has no output "${input.outputId}"${input.phaseId ? ` in phase ${input.phaseId}` : ''}`);
      }
      if (!rec.domainId) throw new AppError('CONFLICT', `Plan "${rec.title}" has no domain to create notes in`);
      const ctx = textContext(rec, template, lookup, this.today());
      let changed = false;
      for (const e of expectedOutputs(ctx)) {
        if (input.phaseId && e.phase.id !== input.phaseId) continue;
        if (input.outputId && e.output.id !== input.outputId) continue;
        if (linkedNoteId(ctx, e)) continue;
        changed = true;
        if (e.meeting) {
          const meeting = rec.data.meetings.find((m) => m.id === e.meeting?.id) as PlanMeeting;
          this.meetingRecord(rec, template, e.phase, meeting, lookup, created);
          if (created.includes(meeting.recordNoteId as string)) made.push({ noteId: meeting.recordNoteId as string, title: lookup.liveNoteTitle(meeting.recordNoteId as string) ?? '' });
          continue;
        }
        const title = outputTitle(ctx, e);
        const body = renderText(ctx, e.output.body[rec.lang], { memberId: e.memberId });
        const note = createOrLinkNote(this.db, { domainId: rec.domainId, title, body, kind: e.output.noteKind, tags: e.output.tags ?? [], lang: rec.lang, now: this.now() });
        if (note.created) {
          created.push(note.noteId);
          made.push({ noteId: note.noteId, title });
        }
        rec.data.outputs = rec.data.outputs.filter((o) => !(o.outputId === e.output.id && o.key === e.key));
        rec.data.outputs.push({ outputId: e.output.id, key: e.key, noteId: note.noteId });
      }
      return changed ? { summary: `Created ${made.length} output note(s)` } : null;
    });
    return { result: { plan: w.result, created: made }, createdNotes: w.createdNotes };
  }

  versions(id: string): PlanVersion[] {
    this.store.get(id);
    return this.store.versions(id);
  }

  restoreVersion(input: { id: string; versionId: number }): PlanWrite {
    return this.write(input.id, (rec) => {
      const restored = this.store.versionState(rec, input.versionId);
      const revision = this.store.versions(rec.id).find((v) => v.id === input.versionId)?.revision;
      Object.assign(rec, restored);
      return { summary: `Restored revision ${revision}` };
    });
  }

  upgradePreview(id: string): PlanUpgradePreview {
    const lookup = createWorkspaceLookup(this.db);
    const { rec, template } = this.load(id, lookup);
    return diffTemplates(template, this.latestTemplate(rec), rec.data);
  }

  private latestTemplate(rec: PlanRecord): Template {
    try {
      return this.source.get(rec.templateId);
    } catch {
      throw new AppError('NOT_FOUND', `Template ${rec.templateId} no longer exists; the plan keeps running on its copy of version ${rec.templateVersion}`);
    }
  }

  upgrade(input: { id: string; toVersion: number }): PlanWrite {
    return this.write(input.id, (rec, template) => {
      const latest = this.latestTemplate(rec);
      if (input.toVersion !== latest.version) throw new AppError('CONFLICT', `Template ${rec.templateId} is at version ${latest.version}, not ${input.toVersion}`);
      if (latest.version <= rec.templateVersion) throw new AppError('CONFLICT', `Plan already runs on version ${rec.templateVersion} of template ${rec.templateId}`);
      const preview = diffTemplates(template, latest, rec.data);
      rec.data = upgradeData(latest, rec.data, preview.droppedValues, template);
      rec.template = latest;
      const from = rec.templateVersion;
      rec.templateVersion = latest.version;
      return { summary: `Upgraded template from v${from} to v${latest.version}` };
    });
  }

  delete(id: string): void {
    this.db.transaction(() => this.store.delete(id))();
  }
}

function phaseOf(template: Template, phaseId: string): TemplatePhase {
  const phase = template.phases.find((p) => p.id === phaseId);
  if (!phase) throw new AppError('NOT_FOUND', `Template ${template.id} has no phase "${phaseId}" (phases: ${template.phases.map((p) => p.id).join(', ')})`);
  return phase;
}

/** Member ids already in a value: kept even if the member was deleted since (re-saving the field must not fail). */
function keptIds(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'string' ? [x] : x && typeof x === 'object' ? Object.values(x).filter((c): c is string => typeof c === 'string') : []));
  return [];
}
