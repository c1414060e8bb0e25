// What moving a plan from one template version to another changes, and which of its values would be dropped.
import type { PlanUpgradePreview } from '../api/methods/plans';
import type { Template } from '../templates/template-types';
import { isFilled } from './field-values';
import type { PlanData } from './plan-data';

export function diffTemplates(from: Template, to: Template, data: PlanData): PlanUpgradePreview {
  const changes: PlanUpgradePreview['changes'] = [];
  const dropped: PlanUpgradePreview['droppedValues'] = [];
  const toPhases = new Map(to.phases.map((p) => [p.id, p]));
  const fromPhases = new Map(from.phases.map((p) => [p.id, p]));
  for (const p of to.phases) if (!fromPhases.has(p.id)) changes.push({ path: `phases.${p.id}`, change: 'added', description: `Phase "${p.title.en}" added` });
  for (const p of from.phases) {
    const next = toPhases.get(p.id);
    if (!next) {
      changes.push({ path: `phases.${p.id}`, change: 'removed', description: `Phase "${p.title.en}" removed` });
      for (const f of p.fields) if (isFilled(data.values[p.id]?.[f.id])) dropped.push({ phaseId: p.id, fieldId: f.id });
      continue;
    }
    if (next.title.en !== p.title.en || next.title.id !== p.title.id) changes.push({ path: `phases.${p.id}.title`, change: 'changed', description: `Phase "${p.title.en}" renamed to "${next.title.en}"` });
    const nextFields = new Map(next.fields.map((f) => [f.id, f]));
    const oldFields = new Map(p.fields.map((f) => [f.id, f]));
    for (const f of next.fields) if (!oldFields.has(f.id)) changes.push({ path: `phases.${p.id}.fields.${f.id}`, change: 'added', description: `Field "${f.label.en}" added to "${next.title.en}"` });
    for (const f of p.fields) {
      const nf = nextFields.get(f.id);
      const filled = isFilled(data.values[p.id]?.[f.id]);
      if (!nf) {
        changes.push({ path: `phases.${p.id}.fields.${f.id}`, change: 'removed', description: `Field "${f.label.en}" removed from "${p.title.en}"` });
        if (filled) dropped.push({ phaseId: p.id, fieldId: f.id });
      } else if (nf.type !== f.type) {
        changes.push({ path: `phases.${p.id}.fields.${f.id}.type`, change: 'changed', description: `Field "${f.label.en}" changes type from ${f.type} to ${nf.type}` });
        if (filled) dropped.push({ phaseId: p.id, fieldId: f.id });
      } else if (nf.label.en !== f.label.en || JSON.stringify(nf.required ?? false) !== JSON.stringify(f.required ?? false)) {
        changes.push({ path: `phases.${p.id}.fields.${f.id}`, change: 'changed', description: `Field "${f.label.en}" changed (label or required)` });
      }
    }
    const oldOut = new Set(p.outputs.map((o) => o.id));
    const newOut = new Set(next.outputs.map((o) => o.id));
    for (const o of next.outputs) if (!oldOut.has(o.id)) changes.push({ path: `phases.${p.id}.outputs.${o.id}`, change: 'added', description: `Output "${o.label.en}" added` });
    for (const o of p.outputs) if (!newOut.has(o.id)) changes.push({ path: `phases.${p.id}.outputs.${o.id}`, change: 'removed', description: `Output "${o.label.en}" removed (its notes stay)` });
    if (JSON.stringify(next.gate) !== JSON.stringify(p.gate)) changes.push({ path: `phases.${p.id}.gate`, change: 'changed', description: `Gate of "${next.title.en}" changed` });
  }
  return { fromVersion: from.version, toVersion: to.version, changes, droppedValues: dropped };
}

/** The plan data on the new template: values of removed or retyped fields and items of removed phases dropped. */
export function upgradeData(to: Template, data: PlanData, dropped: PlanUpgradePreview['droppedValues'], from: Template): PlanData {
  const phases = new Set(to.phases.map((p) => p.id));
  const values: PlanData['values'] = {};
  for (const [phaseId, fields] of Object.entries(data.values)) {
    if (!phases.has(phaseId)) continue;
    const next = to.phases.find((p) => p.id === phaseId);
    const prev = from.phases.find((p) => p.id === phaseId);
    values[phaseId] = {};
    for (const [fieldId, v] of Object.entries(fields)) {
      const nf = next?.fields.find((f) => f.id === fieldId);
      const pf = prev?.fields.find((f) => f.id === fieldId);
      if (!nf || (pf && pf.type !== nf.type) || dropped.some((d) => d.phaseId === phaseId && d.fieldId === fieldId)) continue;
      values[phaseId][fieldId] = v;
    }
  }
  const phaseDone = Object.fromEntries(Object.entries(data.phaseDone).filter(([id]) => phases.has(id)));
  return { ...data, values, phaseDone, tasks: data.tasks.filter((t) => phases.has(t.phaseId)), meetings: data.meetings.filter((m) => phases.has(m.phaseId)) };
}
