// Parses a package's plans/*.json and the templates/<id>@<version>.json they run on, as untrusted data (PKG_CORRUPT on any flaw).
import { AppError } from '../../../common/errors';
import { checkFieldValue, FieldValueError } from '../../../common/plans/field-values';
import type { FieldValue } from '../../../common/api/methods/plans';
import type { Template } from '../../../common/templates/template-types';
import { validateTemplate } from '../../../common/templates/validate-template';
import { planPath, templatePath } from '../export/entry-paths';
import { packagePlanSchema, unsafeJson } from './plan-schemas';
import type { PackagePlanDoc } from './plan-schemas';

/** A package plan with its template and its field values checked against that template's fields. */
export interface PackagePlanEntry {
  plan: PackagePlanDoc;
  template: Template;
  values: Record<string, Record<string, FieldValue>>;
}

/** What the rest of the package holds, for reference checks. */
export interface PackageIds {
  notes: ReadonlySet<string>;
  members: ReadonlySet<string>;
  domains: ReadonlySet<string>;
  /** manifest.selection.excludedNoteIds: notes the exporter chose to leave out (a plan's link to one is dropped). */
  excludedNotes: ReadonlySet<string>;
}

const PLAN_JSON = /^plans\/[^/]+\.json$/;

function refuse(path: string, message: string): never {
  throw new AppError('PKG_CORRUPT', `${path}: ${message}; nothing was imported`);
}

function readJson(path: string, data: Buffer | undefined): unknown {
  if (!data) refuse(path, 'missing');
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch (err) {
    refuse(path, `not valid JSON (${(err as Error).message})`);
  }
  const why = unsafeJson(value);
  if (why) refuse(path, why);
  return value;
}

function parseTemplate(path: string, files: Map<string, Buffer>, id: string, version: number): Template {
  const r = validateTemplate(readJson(path, files.get(path)));
  if (!r.ok || !r.template) return refuse(path, `not a valid template (${r.issues[0] ? `${r.issues[0].path || 'template'}: ${r.issues[0].message}` : 'invalid'})`);
  if (r.template.id !== id || r.template.version !== version) refuse(path, `holds template ${r.template.id} v${r.template.version}, not ${id} v${version}`);
  const { $schema: _s, ...template } = r.template;
  return template;
}

/** Every plans/*.json of the package, checked; plans reference only notes, members and domains the package holds. */
export function parsePackagePlans(files: Map<string, Buffer>, ids: PackageIds): PackagePlanEntry[] {
  const out: PackagePlanEntry[] = [];
  const seen = new Set<string>();
  for (const [path, data] of files) {
    if (!PLAN_JSON.test(path)) continue;
    const r = packagePlanSchema.safeParse(readJson(path, data));
    if (!r.success) {
      const issue = r.error.issues[0]!;
      refuse(path, `${issue.path.join('.') || 'value'}: ${issue.message}`);
    }
    const plan = r.data;
    if (planPath(plan.id) !== path) refuse(path, `holds plan ${JSON.stringify(plan.id)}, which belongs in ${planPath(plan.id)}`);
    if (seen.has(plan.id)) refuse(path, `duplicate plan id ${JSON.stringify(plan.id)}`);
    seen.add(plan.id);
    const template = parseTemplate(templatePath(plan.templateId, plan.templateVersion), files, plan.templateId, plan.templateVersion);
    out.push({ plan, template, values: checkReferences(path, plan, template, ids) });
  }
  out.sort((a, b) => (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0));
  return out;
}

/** Checks every id the plan names against its template and the package; returns the normalised field values. */
function checkReferences(path: string, plan: PackagePlanDoc, template: Template, ids: PackageIds): Record<string, Record<string, FieldValue>> {
  const member = (what: string, m: string) => {
    if (!ids.members.has(m)) refuse(path, `${what} ${m} is not in members.json`);
  };
  const phases = new Map(template.phases.map((p) => [p.id, p]));
  const phase = (what: string, phaseId: string) => phases.get(phaseId) ?? refuse(path, `${what}: template ${template.id} has no phase ${JSON.stringify(phaseId)}`);
  if (plan.domainId !== null && !ids.domains.has(plan.domainId)) refuse(path, `domain ${plan.domainId} is not in domains.json`);
  if (plan.coordinatorId) member('coordinator', plan.coordinatorId);
  for (const t of plan.tasks) {
    phase(`task ${t.id}`, t.phaseId);
    // A task owner deleted in the exporting workspace is not exported (its owner is cleared on import).
    if (t.ownerId && !t.ownerMissing) member(`owner of task ${t.id}`, t.ownerId);
  }
  for (const m of plan.meetings) {
    phase(`meeting ${m.id}`, m.phaseId);
    for (const a of m.attendeeIds) member(`attendee of meeting ${m.id}`, a);
  }
  for (const o of plan.outputs) {
    if (!phase(`output ${o.outputId}`, o.phaseId).outputs.some((x) => x.id === o.outputId)) refuse(path, `template ${template.id} has no output ${JSON.stringify(o.outputId)}`);
    if (o.noteId !== null && !ids.notes.has(o.noteId) && !ids.excludedNotes.has(o.noteId)) refuse(path, `output note ${o.noteId} is not in the package`);
  }
  for (const p of plan.phases) phase(`phase state`, p.id);
  const values: Record<string, Record<string, FieldValue>> = {};
  for (const [phaseId, fields] of Object.entries(plan.values)) {
    const ph = phase('values', phaseId);
    for (const [fieldId, raw] of Object.entries(fields)) {
      const field = ph.fields.find((f) => f.id === fieldId) ?? refuse(path, `values: phase ${phaseId} has no field ${JSON.stringify(fieldId)}`);
      let value: FieldValue;
      try {
        // Types only here; member fields must name package members, other ids are mapped (or dropped) on import.
        value = checkFieldValue(field, raw, { memberExists: () => true, domainExists: () => true });
      } catch (e) {
        if (e instanceof FieldValueError) refuse(path, `values.${phaseId}.${fieldId}: ${e.message}`);
        throw e;
      }
      if (field.type === 'member' && typeof value === 'string') member(`field ${phaseId}.${fieldId}`, value);
      if (field.type === 'members' && Array.isArray(value)) for (const m of value as string[]) member(`field ${phaseId}.${fieldId}`, m);
      if (value !== null) (values[phaseId] ??= {})[fieldId] = value;
    }
  }
  return values;
}
