// Plan writes through the API: each applies the plan the server returns to the cache and reports failures.
import type { Plan, TaskStatus } from '../../../common/api/methods/plans';
import { loadPlans } from '../../state/data-store';
import { api } from '../../state/services';
import { reportError } from '../notifications/report-error';
import { applyPlan } from './plan-cache';

async function write(run: () => Promise<Plan>, errorKey: string): Promise<Plan | null> {
  try {
    const plan = await run();
    applyPlan(plan);
    void loadPlans();
    return plan;
  } catch (err) {
    reportError(err, errorKey);
    return null;
  }
}

/** Throws on failure (the autosave shows the error state); the caller reports it. */
export async function setField(id: string, phaseId: string, fieldId: string, value: unknown): Promise<Plan> {
  const plan = await api().call('plans.setField', { id, phaseId, fieldId, value });
  applyPlan(plan);
  void loadPlans();
  return plan;
}

export const completePhase = (id: string, phaseId: string, done: boolean) =>
  write(() => api().call('plans.completePhase', { id, phaseId, done }), 'errors.planWrite');

export const addTask = (id: string, phaseId: string, title: string, ownerId: string | null, due: string | null) =>
  write(() => api().call('plans.addTask', { id, phaseId, title, ownerId, due }), 'errors.planWrite');

export const updateTask = (id: string, taskId: string, patch: { status?: TaskStatus; ownerId?: string | null; due?: string | null; title?: string }) =>
  write(() => api().call('plans.updateTask', { id, taskId, ...patch }), 'errors.planWrite');

export const removeTask = (id: string, taskId: string) => write(() => api().call('plans.removeTask', { id, taskId }), 'errors.planWrite');

export interface MeetingSchedule {
  firstDate: string;
  everyDays: number;
  count: number;
  time: string | null;
  place: string;
  attendeeIds: string[];
}

export const scheduleMeetings = (id: string, phaseId: string, s: MeetingSchedule) =>
  write(() => api().call('plans.scheduleMeetings', { id, phaseId, ...s }), 'errors.planWrite');

export const removeMeeting = (id: string, meetingId: string) =>
  write(() => api().call('plans.removeMeeting', { id, meetingId }), 'errors.planWrite');

export async function createOutputs(id: string, phaseId?: string): Promise<{ noteId: string; title: string }[] | null> {
  try {
    const res = await api().call('plans.createOutputs', phaseId ? { id, phaseId } : { id });
    applyPlan(res.plan);
    void loadPlans();
    return res.created;
  } catch (err) {
    reportError(err, 'errors.planWrite');
    return null;
  }
}

export const restoreVersion = (id: string, versionId: number) =>
  write(() => api().call('plans.restoreVersion', { id, versionId }), 'errors.planWrite');

export const upgradePlan = (id: string, toVersion: number) => write(() => api().call('plans.upgrade', { id, toVersion }), 'errors.planWrite');
