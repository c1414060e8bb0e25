// The plan document stored in plans.data (format 2): field values, tasks, meetings, created outputs, phases done.
import type { FieldValue, PlanMeeting, PlanTask } from '../api/methods/plans';

/** A created output note: which template output, for which key ('plan', a member id or a meeting id). */
export interface PlanOutputLink {
  outputId: string;
  key: string;
  noteId: string;
}

export interface PlanData {
  format: 2;
  /** phaseId → fieldId → value. */
  values: Record<string, Record<string, FieldValue>>;
  tasks: PlanTask[];
  meetings: PlanMeeting[];
  outputs: PlanOutputLink[];
  /** phaseId → date-time it was marked done. */
  phaseDone: Record<string, string>;
  /** What an old-format plan held that has no place in format 2 (kept so nothing is lost; not shown). */
  legacy?: unknown;
}

export function emptyPlanData(): PlanData {
  return { format: 2, values: {}, tasks: [], meetings: [], outputs: [], phaseDone: {} };
}

/** Reads a stored document, tolerating missing keys. */
export function parsePlanData(json: string): PlanData {
  const raw = JSON.parse(json) as Partial<PlanData>;
  return {
    format: 2,
    values: raw.values ?? {},
    tasks: raw.tasks ?? [],
    meetings: raw.meetings ?? [],
    outputs: raw.outputs ?? [],
    phaseDone: raw.phaseDone ?? {},
    ...(raw.legacy !== undefined ? { legacy: raw.legacy } : {}),
  };
}
