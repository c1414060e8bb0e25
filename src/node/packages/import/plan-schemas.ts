// Strict zod schema for the untrusted plans/<id>.json of a package (the exported Plan view without its template).
import { z } from 'zod';

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);
const bilingual = z.object({ en: text(2000), id: text(2000) }).strict();
const stamp = z.string().min(1).max(40);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date must be YYYY-MM-DD');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Time must be HH:MM');
/** The API's title rules (a title with surrounding spaces is refused rather than trimmed). */
const title = z
  .string()
  .min(1, 'Title must not be empty')
  .max(300, 'Title must be at most 300 characters')
  .refine((t) => t.trim() === t, 'Title must not start or end with spaces')
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'Title must not contain control characters');
const planTitle = title.refine((t) => !/[[\]|#]/.test(t), 'Title must not contain [ ] | or #');
/** Task and meeting titles come from template text too ("<label> <n>" for meetings): only length and control characters. */
const label = z
  .string()
  .min(1, 'Title must not be empty')
  .max(320, 'Title must be at most 320 characters')
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'Title must not contain control characters');

const task = z
  .object({
    id,
    phaseId: id,
    title: label,
    ownerId: id.nullable(),
    due: date.nullable(),
    status: z.enum(['todo', 'doing', 'done']),
    templateTaskId: id.nullable(),
    ownerMissing: z.boolean().optional(),
  })
  .strict();

const meeting = z
  .object({
    id,
    phaseId: id,
    title: label,
    date,
    time: time.nullable(),
    place: text(300),
    attendeeIds: z.array(id).max(500),
    recordNoteId: id.nullable(),
  })
  .strict();

const output = z
  .object({ outputId: id, phaseId: id, label: bilingual, per: z.enum(['plan', 'member', 'meeting']), key: id, title: text(400), noteId: id.nullable() })
  .strict();

const phase = z
  .object({
    id,
    title: bilingual,
    status: z.enum(['not-started', 'in-progress', 'done']),
    progress: z.number().min(0).max(1),
    blockers: z
      .array(z.object({ kind: z.enum(['field', 'checklist', 'output', 'tasks', 'meetings', 'after']), ref: text(200), message: bilingual }).strict())
      .max(1000),
    completedAt: stamp.nullable(),
  })
  .strict();

/** Field values are checked against the template's fields afterwards (checkFieldValue); here only their container shape. */
const values = z.record(id, z.record(id, z.unknown()));

export const packagePlanSchema = z
  .object({
    id,
    title: planTitle,
    domainId: id.nullable(),
    domainName: text(200),
    templateId: id,
    templateVersion: z.number().int().min(1),
    templateName: bilingual,
    status: z.enum(['active', 'completed', 'archived']),
    lang: z.enum(['en', 'id']),
    currentPhase: text(200),
    currentPhaseTitle: bilingual,
    progress: z.number().min(0).max(1),
    overdueTasks: z.number().int().min(0),
    updatedAt: stamp,
    coordinatorId: id.nullable(),
    // Plans converted from the old format may carry any start stamp: only its size is checked.
    startedAt: stamp.nullable(),
    values,
    phases: z.array(phase).max(100),
    tasks: z.array(task).max(5000),
    meetings: z.array(meeting).max(1000),
    outputs: z.array(output).max(5000),
    revision: z.number().int().min(0),
    templateUpdate: z.number().int().min(1).nullable(),
  })
  .strict();

export type PackagePlanDoc = z.infer<typeof packagePlanSchema>;

/** Deepest nesting a plan or template file may have (a real one stays under 10). */
const MAX_DEPTH = 32;

/**
 * Why a parsed JSON value is unsafe to copy, or null: a `__proto__` key anywhere (JSON.parse keeps it as an own key,
 * and assigning it would change an object's prototype) or nesting deeper than MAX_DEPTH.
 */
export function unsafeJson(value: unknown, depth = 0): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
  if (Array.isArray(value)) {
    for (const v of value) {
      const why = unsafeJson(v, depth + 1);
      if (why) return why;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return 'has a __proto__ key';
    const why = unsafeJson((value as Record<string, unknown>)[key], depth + 1);
    if (why) return why;
  }
  return null;
}
