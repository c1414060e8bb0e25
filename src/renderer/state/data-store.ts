// Cached workspace data (info, stats, domains, notes per domain, members, plans) and its loaders.
import type { Domain, Member, NoteSummary, PlanSummary, WorkspaceInfo, WorkspaceStats } from '../../common/api/types';
import { reportError } from '../features/notifications/report-error';
import { api } from './services';
import { createStore } from './store';

export interface DataState {
  info: WorkspaceInfo | null;
  stats: WorkspaceStats | null;
  domains: Domain[] | null;
  members: Member[] | null;
  plans: PlanSummary[] | null;
  /** Notes per domain id, loaded when the domain is expanded. */
  notesByDomain: Record<string, NoteSummary[]>;
}

export const data = createStore<DataState>({
  info: null,
  stats: null,
  domains: null,
  members: null,
  plans: null,
  notesByDomain: {},
});

async function load<T>(run: () => Promise<T>, apply: (value: T) => void, contextKey: string): Promise<void> {
  try {
    apply(await run());
  } catch (err) {
    reportError(err, contextKey);
  }
}

export const loadInfo = () => load(() => api().call('workspace.info', {}), (info) => data.set({ info }), 'errors.loadWorkspace');
export const loadStats = () => load(() => api().call('workspace.stats', {}), (stats) => data.set({ stats }), 'errors.loadWorkspace');
export const loadDomains = () => load(() => api().call('domains.list', {}), (domains) => data.set({ domains }), 'errors.loadDomains');
export const loadMembers = () => load(() => api().call('members.list', {}), (members) => data.set({ members }), 'errors.loadMembers');
export const loadPlans = () => load(() => api().call('plans.list', {}), (plans) => data.set({ plans }), 'errors.loadPlans');

export function loadDomainNotes(domainId: string): Promise<void> {
  return load(
    () => api().call('notes.list', { domainId }),
    (notes) => data.set((s) => ({ ...s, notesByDomain: { ...s.notesByDomain, [domainId]: notes } })),
    'errors.loadNotes',
  );
}

/** Reloads everything that is cached (used at start, by workspace.refresh and on workspace.changed). */
export async function refreshAll(): Promise<void> {
  const loadedDomains = Object.keys(data.get().notesByDomain);
  await Promise.all([
    loadInfo(),
    loadStats(),
    loadDomains(),
    loadMembers(),
    loadPlans(),
    ...loadedDomains.map(loadDomainNotes),
  ]);
}

/** Reloads what a note change affects: counts, the note lists of expanded domains (never every note: quick open asks the server). */
export async function refreshNotes(): Promise<void> {
  const loadedDomains = Object.keys(data.get().notesByDomain);
  await Promise.all([loadStats(), loadDomains(), ...loadedDomains.map(loadDomainNotes)]);
}
