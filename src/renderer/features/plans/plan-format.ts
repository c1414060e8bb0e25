// Helpers for the plan view: overdue tasks and readable field names and values.
import type { PlanTask } from '../../../common/api/types';

/** A task is overdue when it is not done and its due date is before today (local time). */
export function isOverdue(task: PlanTask, today = new Date()): boolean {
  if (!task.due || task.status === 'done') return false;
  const due = new Date(task.due.length === 10 ? `${task.due}T23:59:59` : task.due);
  return !Number.isNaN(due.getTime()) && due.getTime() < today.getTime();
}

/** "sharedVision" or "shared_vision" → "Shared vision" (field names are template data, not UI text). */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface FieldTextOptions {
  /** Turns a member id into a name; ids that are not members come back unchanged. */
  memberName(id: string): string;
  yes: string;
  no: string;
}

/** Readable text of a template field value: member ids become names, lists one item a line. */
export function fieldText(value: unknown, opts: FieldTextOptions): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return opts.memberName(value);
  if (typeof value === 'boolean') return value ? opts.yes : opts.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => fieldText(v, opts));
    const short = items.every((i) => i.length <= 40 && !i.includes('\n'));
    return items.join(short && items.length > 3 ? ', ' : '\n');
  }
  return JSON.stringify(value, null, 2);
}
