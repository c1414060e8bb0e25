// In-app notifications (toasts): errors from the API and short confirmations.
import { createStore } from '../../state/store';

export type Severity = 'info' | 'warning' | 'error';

export interface Notification {
  id: number;
  severity: Severity;
  /** Locale key of the message; `params` fill it in. */
  key: string;
  params: Record<string, string | number>;
  /** AppError code, when the notification comes from an error. */
  code?: string;
}

let nextId = 0;
const AUTO_HIDE_MS: Record<Severity, number> = { info: 4000, warning: 8000, error: 12000 };

export const notifications = createStore<{ items: Notification[] }>({ items: [] });

export function notify(severity: Severity, key: string, params: Record<string, string | number> = {}, code?: string): number {
  const id = ++nextId;
  notifications.set((s) => ({ items: [...s.items.slice(-4), { id, severity, key, params, code }] }));
  setTimeout(() => dismiss(id), AUTO_HIDE_MS[severity]);
  return id;
}

export function dismiss(id: number): void {
  notifications.set((s) => (s.items.some((n) => n.id === id) ? { items: s.items.filter((n) => n.id !== id) } : s));
}
