// Fits the values of a converted old-format plan to its template's field types; what does not fit goes to `legacy`.
import type { FieldValue } from '../../common/api/methods/plans';
import { checkFieldValue, FieldValueError, MAX_SHORT_TEXT } from '../../common/plans/field-values';
import type { FieldLookup } from '../../common/plans/field-values';
import type { PlanData } from '../../common/plans/plan-data';
import type { Template, TemplateField } from '../../common/templates/template-types';

function coerce(field: TemplateField, v: unknown): unknown {
  const list = Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  if (field.type === 'richText' && list) return list.map((x) => `- ${x}`).join('\n');
  if (field.type === 'richText' && typeof v === 'number') return String(v);
  if (field.type === 'shortText' && list) return list.join('; ').slice(0, MAX_SHORT_TEXT);
  if (field.type === 'table' && list) {
    const col = field.columns?.find((c) => c.type === 'shortText');
    return col ? list.map((x) => ({ [col.id]: x.slice(0, MAX_SHORT_TEXT) })) : v;
  }
  return v;
}

/** Returns format-2 data whose values all pass the template's checks; the rest is kept under legacy.values. */
export function fitLegacyValues(template: Template, data: PlanData, lookup: FieldLookup): PlanData {
  const values: PlanData['values'] = {};
  const unfit: Record<string, Record<string, unknown>> = {};
  for (const [phaseId, fields] of Object.entries(data.values)) {
    const phase = template.phases.find((p) => p.id === phaseId);
    for (const [fieldId, raw] of Object.entries(fields)) {
      const field = phase?.fields.find((f) => f.id === fieldId);
      let fitted: FieldValue | undefined;
      if (field) {
        try {
          fitted = checkFieldValue(field, coerce(field, raw), { ...lookup, allowedIds: new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []) });
        } catch (e) {
          if (!(e instanceof FieldValueError)) throw e;
        }
      }
      if (fitted === undefined) (unfit[phaseId] ??= {})[fieldId] = raw;
      else (values[phaseId] ??= {})[fieldId] = fitted;
    }
  }
  const legacy = { ...((data.legacy as Record<string, unknown> | undefined) ?? {}), ...(Object.keys(unfit).length ? { values: unfit } : {}) };
  return { ...data, values, legacy };
}
