// The Output panel's log: what happened in this session (workspace opened, saves, errors, events).
import { createStore } from '../../state/store';

export type LogLevel = 'info' | 'warning' | 'error';

export interface LogEntry {
  seq: number;
  time: Date;
  level: LogLevel;
  /** Locale key of the message, rendered in the current language. */
  key: string;
  params: Record<string, string | number>;
}

const MAX_ENTRIES = 1000;
let seq = 0;

export const outputLog = createStore<{ entries: LogEntry[] }>({ entries: [] });

export function log(level: LogLevel, key: string, params: Record<string, string | number> = {}): void {
  const entry: LogEntry = { seq: ++seq, time: new Date(), level, key, params };
  outputLog.set((s) => ({ entries: [...s.entries.slice(-(MAX_ENTRIES - 1)), entry] }));
}

export function clearLog(): void {
  outputLog.set({ entries: [] });
}
