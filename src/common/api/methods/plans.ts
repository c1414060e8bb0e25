// API methods of the plans area: runs of a template for a domain (fields, tasks, meetings, outputs, gates, reports).
import { z } from 'zod';
import { method } from '../method';
import { id, title } from '../schemas';
import type { Bilingual, Template } from '../../templates/template-types';

export type PhaseStatus = 'not-started' | 'in-progress' | 'done';
export type TaskStatus = 'todo' | 'doing' | 'done';
export type PlanStatus = 'active' | 'completed' | 'archived';
export type PlanLanguage = 'en' | 'id';

/**
 * A field's value by type: shortText, richText (Markdown), date (YYYY-MM-DD), domain / member (an id) and choice
 * (an option value) are strings; number a number; members a list of member ids; checklist item id → ticked;
 * table a list of rows (column id → cell). null clears it.
 */
export type FieldValue = string | number | string[] | Record<string, boolean> | Record<string, string | number | null>[] | null;

export interface PlanTask {
  id: string;
  phaseId: string;
  title: string;
  ownerId: string | null;
  due: string | null;
  status: TaskStatus;
  /** The template task it came from, if any. */
  templateTaskId: string | null;
  /**
   * Set on read: the owner id names a member that was deleted. The id is kept (nothing lost); show the owner as
   * "(removed member)" and let the user assign someone else.
   */
  ownerMissing?: boolean;
}

export interface PlanMeeting {
  id: string;
  phaseId: string;
  title: string;
  date: string;
  time: string | null;
  place: string;
  attendeeIds: string[];
  /** The meeting-record note (created when the meeting is scheduled). */
  recordNoteId: string | null;
}

/** One required output note: which one the template expects and whether it exists. */
export interface PlanOutput {
  outputId: string;
  phaseId: string;
  label: Bilingual;
  per: 'plan' | 'member' | 'meeting';
  /** 'plan', a member id or a meeting id. */
  key: string;
  /** Title the note gets (or got) when created. */
  title: string;
  noteId: string | null;
}

export interface PhaseBlocker {
  kind: 'field' | 'checklist' | 'output' | 'tasks' | 'meetings' | 'after';
  /** Field, checklist, output or phase id the blocker is about ('' for tasks and meetings). */
  ref: string;
  message: Bilingual;
}

export interface PlanPhaseState {
  id: string;
  title: Bilingual;
  status: PhaseStatus;
  /** 0..1: share of the gate's conditions met. */
  progress: number;
  blockers: PhaseBlocker[];
  completedAt: string | null;
}

export interface PlanSummary {
  id: string;
  title: string;
  domainId: string | null;
  domainName: string;
  templateId: string;
  templateVersion: number;
  templateName: Bilingual;
  status: PlanStatus;
  lang: PlanLanguage;
  currentPhase: string;
  currentPhaseTitle: Bilingual;
  /** 0..1, mean of the phases' progress. */
  progress: number;
  overdueTasks: number;
  updatedAt: string;
}

export interface Plan extends PlanSummary {
  coordinatorId: string | null;
  startedAt: string | null;
  /** The template version the plan runs on (its own copy: later edits or deletion of the template do not change it). */
  template: Template;
  values: Record<string, Record<string, FieldValue>>;
  phases: PlanPhaseState[];
  tasks: PlanTask[];
  meetings: PlanMeeting[];
  outputs: PlanOutput[];
  /** Grows with every saved change. */
  revision: number;
  /** A newer version of the template exists (its number), else null. */
  templateUpdate: number | null;
}

export interface PlanVersion {
  id: number;
  revision: number;
  createdAt: string;
  /** What changed, e.g. "Field Vision statement". */
  summary: string;
}

export interface PlanUpgradePreview {
  fromVersion: number;
  toVersion: number;
  changes: { path: string; change: 'added' | 'removed' | 'changed'; description: string }[];
  /** Values that would be dropped because their field is gone or changed type (kept in the version history). */
  droppedValues: { phaseId: string; fieldId: string }[];
}

export interface PlanReport {
  fileName: string;
  mime: 'text/markdown' | 'text/html';
  content: string;
}

export interface ScheduleMeetingsInput {
  id: string;
  phaseId: string;
  firstDate: string;
  everyDays: number;
  count: number;
  time?: string | null;
  place?: string;
  title?: string;
  attendeeIds: string[];
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date must be YYYY-MM-DD');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Time must be HH:MM');
const lang = z.enum(['en', 'id']);
const taskStatus = z.enum(['todo', 'doing', 'done']);
const taskTitle = z.string().trim().min(1, 'Task title must not be empty').max(300);
const place = z.string().trim().max(300);
const memberIds = z.array(id).max(500);

export const PLANS_API = {
  'plans.list': method<z.ZodObject<Record<string, never>>, PlanSummary[]>(z.object({}).strict()),
  'plans.get': method<z.ZodType<{ id: string }>, Plan>(z.object({ id }).strict()),
  /** Starts a plan from the template's latest version for a domain; template tasks are added, owners and dues resolved. */
  'plans.create': method<
    z.ZodType<{ templateId: string; domainId: string; title: string; coordinatorId?: string | null; startedAt?: string; lang?: PlanLanguage }>,
    Plan
  >(
    z
      .object({ templateId: id, domainId: id, title, coordinatorId: id.nullable().optional(), startedAt: date.optional(), lang: lang.optional() })
      .strict(),
  ),
  'plans.update': method<
    z.ZodType<{ id: string; title?: string; coordinatorId?: string | null; status?: PlanStatus; startedAt?: string | null; lang?: PlanLanguage }>,
    Plan
  >(
    z
      .object({
        id,
        title: title.optional(),
        coordinatorId: id.nullable().optional(),
        status: z.enum(['active', 'completed', 'archived']).optional(),
        startedAt: date.nullable().optional(),
        lang: lang.optional(),
      })
      .strict(),
  ),
  /** Sets one field (checked against its type in the plan's template); null clears it. */
  'plans.setField': method<z.ZodType<{ id: string; phaseId: string; fieldId: string; value: unknown }>, Plan>(
    z.object({ id, phaseId: id, fieldId: id, value: z.unknown() }).strict(),
  ),
  /** Marks a phase done (refused while its gate has blockers) or reopens it. */
  'plans.completePhase': method<z.ZodType<{ id: string; phaseId: string; done: boolean }>, Plan>(
    z.object({ id, phaseId: id, done: z.boolean() }).strict(),
  ),
  'plans.addTask': method<z.ZodType<{ id: string; phaseId: string; title: string; ownerId?: string | null; due?: string | null }>, Plan>(
    z.object({ id, phaseId: id, title: taskTitle, ownerId: id.nullable().optional(), due: date.nullable().optional() }).strict(),
  ),
  'plans.updateTask': method<
    z.ZodType<{ id: string; taskId: string; title?: string; ownerId?: string | null; due?: string | null; status?: TaskStatus }>,
    Plan
  >(
    z
      .object({ id, taskId: id, title: taskTitle.optional(), ownerId: id.nullable().optional(), due: date.nullable().optional(), status: taskStatus.optional() })
      .strict(),
  ),
  'plans.removeTask': method<z.ZodType<{ id: string; taskId: string }>, Plan>(z.object({ id, taskId: id }).strict()),
  /** Schedules `count` meetings every `everyDays` days from `firstDate`; each gets a meeting-record note linked to the plan. */
  'plans.scheduleMeetings': method<z.ZodType<ScheduleMeetingsInput>, Plan>(
    z
      .object({
        id,
        phaseId: id,
        firstDate: date,
        everyDays: z.number().int().min(1).max(366),
        count: z.number().int().min(1).max(52),
        time: time.nullable().optional(),
        place: place.optional(),
        title: title.optional(),
        attendeeIds: memberIds,
      })
      .strict(),
  ),
  'plans.updateMeeting': method<
    z.ZodType<{ id: string; meetingId: string; title?: string; date?: string; time?: string | null; place?: string; attendeeIds?: string[] }>,
    Plan
  >(
    z
      .object({ id, meetingId: id, title: title.optional(), date: date.optional(), time: time.nullable().optional(), place: place.optional(), attendeeIds: memberIds.optional() })
      .strict(),
  ),
  /** Removes a meeting; its record note stays (it may hold minutes). */
  'plans.removeMeeting': method<z.ZodType<{ id: string; meetingId: string }>, Plan>(z.object({ id, meetingId: id }).strict()),
  /** Creates the missing output notes (all, one phase's, or one output's) from the template, linked from the plan. */
  'plans.createOutputs': method<z.ZodType<{ id: string; phaseId?: string; outputId?: string }>, { plan: Plan; created: { noteId: string; title: string }[] }>(
    z.object({ id, phaseId: id.optional(), outputId: id.optional() }).strict(),
  ),
  'plans.versions': method<z.ZodType<{ id: string }>, PlanVersion[]>(z.object({ id }).strict()),
  'plans.restoreVersion': method<z.ZodType<{ id: string; versionId: number }>, Plan>(
    z.object({ id, versionId: z.number().int().positive() }).strict(),
  ),
  /** What moving the plan to the template's latest version would change (nothing is changed). */
  'plans.upgradePreview': method<z.ZodType<{ id: string }>, PlanUpgradePreview>(z.object({ id }).strict()),
  /** Moves the plan to the given (latest) template version; dropped values stay in the version history. */
  'plans.upgrade': method<z.ZodType<{ id: string; toVersion: number }>, Plan>(
    z.object({ id, toVersion: z.number().int().positive() }).strict(),
  ),
  /** The plan as a Markdown or self-contained HTML report (charter, phase status, tasks, meetings, output links). */
  'plans.report': method<z.ZodType<{ id: string; format: 'md' | 'html'; lang?: PlanLanguage }>, PlanReport>(
    z.object({ id, format: z.enum(['md', 'html']), lang: lang.optional() }).strict(),
  ),
  'plans.delete': method<z.ZodType<{ id: string }>, null>(z.object({ id }).strict()),
} as const;
