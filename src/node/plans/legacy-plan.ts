// Converts an old-format plan document (phases[] with fields/checklist/tasks/outputs by title) to format 2.
import { randomUUID } from 'node:crypto';
import type { FieldValue, PlanMeeting, PlanTask, TaskStatus } from '../../common/api/methods/plans';
import type { PlanData } from '../../common/plans/plan-data';
import { titleKey } from '../../common/wikilink';

interface LegacyPhase {
  id: string;
  status?: string;
  completedAt?: string | null;
  fields?: Record<string, unknown>;
  checklist?: { label: string; done: boolean }[];
  tasks?: { title: string; ownerId?: string | null; owner?: string | null; due?: string | null; status?: string }[];
  outputs?: string[];
}

interface LegacyMeeting {
  title: string;
  date: string;
  kind?: string;
  attendeeIds?: string[];
  recordTitle?: string | null;
}

const STATUSES: readonly string[] = ['todo', 'doing', 'done'];

/**
 * Best effort, nothing dropped: field values are kept under their phase (the service fits them to the template's
 * field types when it attaches the template), tasks and meetings get ids, phases marked done keep their date,
 * and old checklists plus output titles go to `legacy` with the note ids they resolve to. Returns null when the
 * document is not in the old format.
 */
export function convertLegacyPlanData(raw: unknown, findNote: (titleKey: string) => string | null): PlanData | null {
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { phases?: unknown }).phases)) return null;
  const old = raw as { phases: LegacyPhase[]; meetings?: LegacyMeeting[] };
  const data: PlanData = { format: 2, values: {}, tasks: [], meetings: [], outputs: [], phaseDone: {} };
  const legacy: { phaseId: string; checklist: { label: string; done: boolean }[]; outputs: { title: string; noteId: string | null }[] }[] = [];
  for (const ph of old.phases) {
    data.values[ph.id] = { ...((ph.fields ?? {}) as Record<string, FieldValue>) };
    if (ph.status === 'done') data.phaseDone[ph.id] = ph.completedAt ?? '';
    for (const t of ph.tasks ?? []) {
      const task: PlanTask = {
        id: randomUUID(),
        phaseId: ph.id,
        title: t.title,
        ownerId: t.ownerId ?? t.owner ?? null,
        due: t.due ?? null,
        status: (STATUSES.includes(t.status ?? '') ? t.status : 'todo') as TaskStatus,
        templateTaskId: null,
      };
      data.tasks.push(task);
    }
    legacy.push({
      phaseId: ph.id,
      checklist: ph.checklist ?? [],
      outputs: (ph.outputs ?? []).map((title) => ({ title, noteId: findNote(titleKey(title)) })),
    });
  }
  for (const m of old.meetings ?? []) {
    const meeting: PlanMeeting = {
      id: randomUUID(),
      phaseId: old.phases.some((p) => p.id === 'disseminate') ? 'disseminate' : (old.phases[old.phases.length - 1]?.id ?? ''),
      title: m.title,
      date: m.date,
      time: null,
      place: m.kind ?? '',
      attendeeIds: m.attendeeIds ?? [],
      recordNoteId: m.recordTitle ? findNote(titleKey(m.recordTitle)) : null,
    };
    data.meetings.push(meeting);
  }
  data.legacy = { phases: legacy };
  return data;
}
