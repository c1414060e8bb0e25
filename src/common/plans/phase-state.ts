// Phase status, progress and gate blockers of a plan, computed from its template snapshot and data.
import type { PhaseBlocker, PlanOutput, PlanPhaseState } from '../api/methods/plans';
import type { Template, TemplatePhase } from '../templates/template-types';
import type { PlanData } from './plan-data';
import { isFilled } from './field-values';

const round = (n: number) => Math.round(n * 1000) / 1000;

interface Condition {
  met: boolean;
  blocker: PhaseBlocker;
}

function label(phase: TemplatePhase, fieldId: string): { en: string; id: string } {
  const f = phase.fields.find((x) => x.id === fieldId);
  return f ? f.label : { en: fieldId, id: fieldId };
}

/** The gate's conditions for one phase, each met or not (with the blocker to show when not). */
function conditions(phase: TemplatePhase, data: PlanData, outputs: PlanOutput[]): Condition[] {
  const values = data.values[phase.id] ?? {};
  const gate = phase.gate;
  const out: Condition[] = [];
  for (const fieldId of gate.requiredFields ?? []) {
    const l = label(phase, fieldId);
    out.push({ met: isFilled(values[fieldId]), blocker: { kind: 'field', ref: fieldId, message: { en: `Fill in "${l.en}"`, id: `Isi "${l.id}"` } } });
  }
  for (const fieldId of gate.completeChecklists ?? []) {
    const field = phase.fields.find((x) => x.id === fieldId);
    const ticked = (values[fieldId] ?? {}) as Record<string, boolean>;
    const items = field?.items ?? [];
    const open = items.filter((i) => !ticked[i.id]).length;
    const l = label(phase, fieldId);
    out.push({
      met: open === 0,
      blocker: { kind: 'checklist', ref: fieldId, message: { en: `Tick the ${open} open item(s) of "${l.en}"`, id: `Centang ${open} butir yang belum selesai di "${l.id}"` } },
    });
  }
  for (const outputId of gate.outputs ?? []) {
    const output = phase.outputs.find((o) => o.id === outputId);
    const expected = outputs.filter((o) => o.outputId === outputId && o.phaseId === phase.id);
    const missing = expected.filter((o) => !o.noteId).length;
    const l = output?.label ?? { en: outputId, id: outputId };
    const none = output !== undefined && output.per !== 'plan' && expected.length === 0;
    out.push({
      met: !none && missing === 0,
      blocker: {
        kind: 'output',
        ref: outputId,
        message: none
          ? output?.per === 'member'
            ? { en: `Select the members for "${l.en}"`, id: `Pilih anggota untuk "${l.id}"` }
            : { en: `Schedule meetings for "${l.en}"`, id: `Jadwalkan pertemuan untuk "${l.id}"` }
          : { en: `Create ${missing} missing note(s): ${l.en}`, id: `Buat ${missing} catatan yang belum ada: ${l.id}` },
      },
    });
  }
  if (gate.allTasksDone) {
    const open = data.tasks.filter((t) => t.phaseId === phase.id && t.status !== 'done').length;
    out.push({ met: open === 0, blocker: { kind: 'tasks', ref: '', message: { en: `Finish ${open} open task(s)`, id: `Selesaikan ${open} tugas yang masih terbuka` } } });
  }
  if (gate.minMeetings) {
    const n = data.meetings.filter((m) => m.phaseId === phase.id).length;
    const need = gate.minMeetings;
    out.push({
      met: n >= need,
      blocker: { kind: 'meetings', ref: '', message: { en: `Schedule at least ${need} meeting(s) (${n} so far)`, id: `Jadwalkan minimal ${need} pertemuan (baru ${n})` } },
    });
  }
  return out;
}

function started(phase: TemplatePhase, data: PlanData, outputs: PlanOutput[]): boolean {
  const values = data.values[phase.id] ?? {};
  return (
    phase.fields.some((f) => isFilled(values[f.id])) ||
    data.tasks.some((t) => t.phaseId === phase.id && t.status !== 'todo') ||
    data.meetings.some((m) => m.phaseId === phase.id) ||
    outputs.some((o) => o.phaseId === phase.id && o.noteId)
  );
}

/**
 * Progress = share of gate conditions met (a phase with an empty gate counts by its fields filled); a phase
 * marked done counts 1 and has no blockers. Blockers list the unmet conditions plus unfinished `after` phases.
 */
export function phaseStates(template: Template, data: PlanData, outputs: PlanOutput[]): PlanPhaseState[] {
  return template.phases.map((phase) => {
    const conds = conditions(phase, data, outputs);
    const blockers = conds.filter((c) => !c.met).map((c) => c.blocker);
    for (const before of phase.after ?? []) {
      if (data.phaseDone[before] !== undefined) continue;
      const t = template.phases.find((p) => p.id === before)?.title ?? { en: before, id: before };
      blockers.push({ kind: 'after', ref: before, message: { en: `Complete "${t.en}" first`, id: `Selesaikan "${t.id}" terlebih dahulu` } });
    }
    const completedAt = data.phaseDone[phase.id] ?? null;
    // A phase marked done is not blocked any more (its outputs list still shows any note missing since).
    if (completedAt !== null) blockers.length = 0;
    const values = data.values[phase.id] ?? {};
    let progress: number;
    if (completedAt !== null) progress = 1;
    else if (conds.length > 0) progress = conds.filter((c) => c.met).length / conds.length;
    else progress = phase.fields.length ? phase.fields.filter((f) => isFilled(values[f.id])).length / phase.fields.length : 0;
    const status = completedAt !== null ? 'done' : started(phase, data, outputs) ? 'in-progress' : 'not-started';
    return { id: phase.id, title: phase.title, status, progress: round(progress), blockers, completedAt: completedAt || null };
  });
}

export function overallProgress(phases: PlanPhaseState[]): number {
  return phases.length ? round(phases.reduce((s, p) => s + p.progress, 0) / phases.length) : 0;
}

/** First phase not done (the last one when all are done). */
export function currentPhaseOf(phases: PlanPhaseState[]): PlanPhaseState | undefined {
  return phases.find((p) => p.status !== 'done') ?? phases[phases.length - 1];
}
