// A package plan as it would be written here (local member, domain and note ids, resolved template) and its content hash.
import { createHash } from 'node:crypto';
import type { FieldValue } from '../../../common/api/methods/plans';
import type { PlanData } from '../../../common/plans/plan-data';
import type { Template } from '../../../common/templates/template-types';
import type { PlanRecord } from '../../store/plan-store';
import { templateContentKey } from '../../templates/template-summary';
import type { PackagePlanEntry } from './plan-content';

/** What the import compares and writes: everything of a plan but its id, revision and time stamps. */
export type LocalPlanContent = Omit<PlanRecord, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;

export interface PlanIdMaps {
  members: ReadonlyMap<string, string>;
  domains: ReadonlyMap<string, string>;
  /** Package note id → local note id (a placeholder for a note not written yet); null for a note not in the package. */
  note(id: string): string | null;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function planContentHash(c: LocalPlanContent): string {
  const { template, data, ...rest } = c;
  const { legacy: _legacy, ...kept } = data;
  const text = JSON.stringify(canonical({ ...rest, template: template ? templateContentKey(template) : null, data: kept }));
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function recordContent(r: PlanRecord): LocalPlanContent {
  return {
    title: r.title,
    templateId: r.templateId,
    templateVersion: r.templateVersion,
    template: r.template,
    domainId: r.domainId,
    coordinatorId: r.coordinatorId,
    status: r.status,
    lang: r.lang,
    startedAt: r.startedAt,
    data: r.data,
  };
}

function localValues(entry: PackagePlanEntry, template: Template, maps: PlanIdMaps): PlanData['values'] {
  const member = (id: string) => maps.members.get(id) ?? null;
  const out: PlanData['values'] = {};
  for (const phase of template.phases) {
    for (const field of phase.fields) {
      const v = entry.values[phase.id]?.[field.id];
      if (v === undefined || v === null) continue;
      let local: FieldValue = v;
      if (field.type === 'member') local = member(v as string);
      else if (field.type === 'members') local = (v as string[]).map(member).filter((m): m is string => m !== null);
      // A domain named by a field need not be in the package: the value is kept only when it maps here.
      else if (field.type === 'domain') local = maps.domains.get(v as string) ?? null;
      else if (field.type === 'table') {
        const memberCols = new Set((field.columns ?? []).filter((c) => c.type === 'member').map((c) => c.id));
        local = (v as Record<string, string | number | null>[]).map((row) =>
          Object.fromEntries(Object.entries(row).map(([k, cell]) => [k, memberCols.has(k) && typeof cell === 'string' ? member(cell) : cell])),
        );
      }
      if (local !== null) (out[phase.id] ??= {})[field.id] = local;
    }
  }
  return out;
}

/** The plan as it would be written here; `domainId` is the target (a matched plan stays in its own domain). */
export function localPlanContent(entry: PackagePlanEntry, template: Template, domainId: string | null, maps: PlanIdMaps): LocalPlanContent {
  const p = entry.plan;
  const member = (id: string) => maps.members.get(id) ?? id;
  const phaseDone: Record<string, string> = {};
  for (const ph of p.phases) if (ph.completedAt) phaseDone[ph.id] = ph.completedAt;
  const data: PlanData = {
    format: 2,
    values: localValues(entry, template, maps),
    tasks: p.tasks.map((t) => ({
      id: t.id,
      phaseId: t.phaseId,
      title: t.title,
      ownerId: t.ownerId && !t.ownerMissing ? member(t.ownerId) : null,
      due: t.due,
      status: t.status,
      templateTaskId: t.templateTaskId,
    })),
    meetings: p.meetings.map((m) => ({
      id: m.id,
      phaseId: m.phaseId,
      title: m.title,
      date: m.date,
      time: m.time,
      place: m.place,
      attendeeIds: [...new Set(m.attendeeIds.map(member))],
      // A record note not in the package (e.g. in the exporter's trash) is not linked.
      recordNoteId: m.recordNoteId ? maps.note(m.recordNoteId) : null,
    })),
    outputs: p.outputs.flatMap((o) => {
      const noteId = o.noteId ? maps.note(o.noteId) : null;
      return noteId ? [{ outputId: o.outputId, key: o.per === 'member' ? member(o.key) : o.key, noteId }] : [];
    }),
    phaseDone,
  };
  return {
    title: p.title,
    templateId: template.id,
    templateVersion: template.version,
    template,
    domainId,
    coordinatorId: p.coordinatorId ? member(p.coordinatorId) : null,
    status: p.status,
    lang: p.lang,
    startedAt: p.startedAt,
    data,
  };
}
