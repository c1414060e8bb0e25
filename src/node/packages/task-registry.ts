// taskId → AbortController for long package work (export, import), so packages.cancel can stop it.
import { AppError } from '../../common/errors';

const tasks = new Map<string, AbortController>();

/** Registers a task; returns its signal and a `done()` to call in finally. A taskId already running is refused. */
export function startTask(taskId: string): { signal: AbortSignal; done(): void } {
  if (tasks.has(taskId)) throw new AppError('CONFLICT', `A task with id ${taskId} is already running`);
  const controller = new AbortController();
  tasks.set(taskId, controller);
  return {
    signal: controller.signal,
    done: () => {
      if (tasks.get(taskId) === controller) tasks.delete(taskId);
    },
  };
}

/** Aborts a running task; returns false when no task has that id (already finished or never started). */
export function cancelTask(taskId: string): boolean {
  const controller = tasks.get(taskId);
  if (!controller) return false;
  controller.abort();
  tasks.delete(taskId);
  return true;
}

export function isTaskRunning(taskId: string): boolean {
  return tasks.has(taskId);
}

/** Throws CANCELLED when the signal was aborted (call between steps of long work). */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('CANCELLED', 'The operation was cancelled');
}
