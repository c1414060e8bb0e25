// Pure helpers for showing plans: bilingual template text in the UI language, percentages, overdue tasks.
import type { Bilingual } from '../../../common/templates/template-types';
import type { PlanTask } from '../../../common/api/methods/plans';

/** The text in the UI language ('id' → Bahasa Indonesia, anything else → English), falling back to the other one. */
export function bi(text: Bilingual | null | undefined, lang: string): string {
  if (!text) return '';
  const primary = lang.startsWith('id') ? text.id : text.en;
  return primary || text.en || text.id || '';
}

/** 0..1 → whole percent, clamped. */
export function percentOf(progress: number): number {
  if (!Number.isFinite(progress)) return 0;
  return Math.round(Math.max(0, Math.min(1, progress)) * 100);
}

/** Today as YYYY-MM-DD in local time. */
export function isoToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A task is overdue when it is not done and its due date (YYYY-MM-DD) is before today. */
export function isOverdue(task: Pick<PlanTask, 'due' | 'status'>, today = isoToday()): boolean {
  if (!task.due || task.status === 'done') return false;
  return task.due.slice(0, 10) < today;
}
