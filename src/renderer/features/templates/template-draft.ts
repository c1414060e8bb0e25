// Pure edits of a template being designed: blank template, phases and fields added, removed and reordered.
import { TEMPLATE_SCHEMA_VERSION, type Bilingual, type FieldType, type Template, type TemplateField, type TemplatePhase } from '../../../common/templates/template-types';

export const bilingual = (en = '', id = ''): Bilingual => ({ en, id });

/** Next free id "<base>-<n>" among the taken ones. */
export function freeId(base: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function blankField(id: string, type: FieldType = 'shortText'): TemplateField {
  return withTypeParts({ id, type, label: bilingual('New field', 'Isian baru') });
}

/** Adds the parts a type needs (options, items, columns) and drops those it does not use. */
export function withTypeParts(field: TemplateField): TemplateField {
  const { options, items, columns, min, max, ...rest } = field;
  const next: TemplateField = { ...rest };
  if (field.type === 'choice') next.options = options?.length ? options : [{ value: 'option-1', label: bilingual('Option 1', 'Pilihan 1') }];
  if (field.type === 'checklist') next.items = items?.length ? items : [{ id: 'item-1', label: bilingual('Item 1', 'Butir 1') }];
  if (field.type === 'table') next.columns = columns?.length ? columns : [{ id: 'col-1', label: bilingual('Column 1', 'Kolom 1'), type: 'shortText' }];
  if (field.type === 'number') {
    if (min !== undefined) next.min = min;
    if (max !== undefined) next.max = max;
  }
  return next;
}

export function blankPhase(id: string): TemplatePhase {
  return {
    id,
    title: bilingual('New phase', 'Fase baru'),
    guidance: bilingual('', ''),
    prompts: [],
    fields: [blankField('notes', 'richText')],
    tasks: [],
    outputs: [],
    gate: {},
  };
}

export function blankTemplate(id: string): Template {
  return {
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id,
    version: 1,
    name: bilingual('New template', 'Templat baru'),
    description: bilingual('', ''),
    phases: [blankPhase('phase-1')],
  };
}

/** Moves item `index` by `delta` places (clamped); the same array when nothing moves. */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const j = Math.max(0, Math.min(list.length - 1, index + delta));
  if (j === index || index < 0 || index >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(j, 0, item);
  return next;
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Removing a phase also drops it from the other phases' `after` lists (no dangling references). */
export function removePhase(t: Template, index: number): Template {
  const gone = t.phases[index]?.id;
  const phases = removeAt(t.phases, index).map((p) => (p.after?.includes(gone) ? { ...p, after: p.after.filter((a) => a !== gone) } : p));
  return { ...t, phases };
}

/** Removing a field also drops it from the phase gate. */
export function removeField(p: TemplatePhase, index: number): TemplatePhase {
  const gone = p.fields[index]?.id;
  const gate = { ...p.gate };
  if (gate.requiredFields) gate.requiredFields = gate.requiredFields.filter((f) => f !== gone);
  if (gate.completeChecklists) gate.completeChecklists = gate.completeChecklists.filter((f) => f !== gone);
  return { ...p, fields: removeAt(p.fields, index), gate };
}
