// Semantic checks of a template beyond its shape: unique ids, options where they belong, references, cycles,
// variables and markup. Works defensively on raw input so every problem is reported at once.
import { parseFieldVariable, variablesIn, BUILTIN_VARIABLES } from './template-variables';
import { findUnsafeMarkup } from './text-safety';
import { formatPath } from './issue-path';
import type { PathPart } from './issue-path';
import type { TemplateIssue } from './template-types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const objs = (v: unknown): [Obj, number][] => arr(v).flatMap((x, i) => (isObj(x) ? [[x, i] as [Obj, number]] : []));

class Issues {
  readonly list: TemplateIssue[] = [];
  add(path: PathPart[], message: string): void {
    this.list.push({ path: formatPath(path), message });
  }
}

/** Reports duplicates of `key` among the objects of a list, naming the first occurrence. */
function checkUnique(issues: Issues, base: PathPart[], items: [Obj, number][], key: string, what: string): void {
  const seen = new Map<string, number>();
  for (const [o, i] of items) {
    const v = str(o[key]);
    if (v === null) continue;
    const first = seen.get(v);
    if (first === undefined) seen.set(v, i);
    else issues.add([...base, i, key], `Duplicate ${what} "${v}" (already used at ${formatPath([...base, first])})`);
  }
}

/** Resolves an output's `membersFrom` ("fieldId" in the same phase, or "phaseId.fieldId" of the same or an earlier phase). */
export function resolveMembersFrom(phases: readonly unknown[], phaseIndex: number, membersFrom: string): { phaseId: string; fieldId: string } | null {
  const [a, b] = membersFrom.includes('.') ? membersFrom.split('.', 2) : [null, membersFrom];
  for (let i = phaseIndex; i >= 0; i--) {
    const ph = phases[i];
    if (!isObj(ph)) continue;
    if (a === null ? i !== phaseIndex : ph.id !== a) continue;
    const f = objs(ph.fields).find(([f]) => f.id === b && f.type === 'members');
    return f ? { phaseId: String(ph.id), fieldId: b } : null;
  }
  return null;
}

function checkField(issues: Issues, f: Obj, base: PathPart[]): void {
  const type = str(f.type);
  const has = (k: string) => f[k] !== undefined;
  const needsList = (k: string, what: string) => {
    if (arr(f[k]).length === 0 && !(has(k) && !Array.isArray(f[k]))) issues.add([...base, k], `A ${type} field needs ${what}`);
  };
  if (type === 'choice') needsList('options', 'options (at least one)');
  else if (has('options')) issues.add([...base, 'options'], `Only choice fields take options (this field is "${type}")`);
  if (type === 'checklist') needsList('items', 'items to tick (at least one)');
  else if (has('items')) issues.add([...base, 'items'], `Only checklist fields take items (this field is "${type}")`);
  if (type === 'table') needsList('columns', 'columns (at least one)');
  else if (has('columns')) issues.add([...base, 'columns'], `Only table fields take columns (this field is "${type}")`);
  for (const k of ['min', 'max']) if (type !== 'number' && has(k)) issues.add([...base, k], `Only number fields take ${k} (this field is "${type}")`);
  if (typeof f.min === 'number' && typeof f.max === 'number' && f.min > f.max) issues.add([...base, 'min'], `min (${f.min}) is greater than max (${f.max})`);
  checkUnique(issues, [...base, 'options'], objs(f.options), 'value', 'choice value');
  checkUnique(issues, [...base, 'items'], objs(f.items), 'id', 'checklist item id');
  const columns = objs(f.columns);
  checkUnique(issues, [...base, 'columns'], columns, 'id', 'column id');
  for (const [c, ci] of columns) {
    const cBase = [...base, 'columns', ci];
    if (c.type === 'choice' && arr(c.options).length === 0) issues.add([...cBase, 'options'], 'A choice column needs options (at least one)');
    if (c.type !== 'choice' && c.options !== undefined) issues.add([...cBase, 'options'], `Only choice columns take options (this column is "${str(c.type)}")`);
    checkUnique(issues, [...cBase, 'options'], objs(c.options), 'value', 'choice value');
  }
}

function checkGate(issues: Issues, phase: Obj, base: PathPart[]): void {
  const gate = phase.gate;
  if (!isObj(gate)) return;
  const fields = new Map(objs(phase.fields).map(([f]) => [str(f.id), str(f.type)]));
  const outputs = new Set(objs(phase.outputs).map(([o]) => str(o.id)));
  const inPhase = str(phase.id) === null ? 'this phase' : `phase "${str(phase.id)}"`;
  arr(gate.requiredFields).forEach((id, i) => {
    if (typeof id === 'string' && !fields.has(id)) issues.add([...base, 'gate', 'requiredFields', i], `Unknown field "${id}": ${inPhase} has no such field`);
  });
  arr(gate.completeChecklists).forEach((id, i) => {
    if (typeof id !== 'string') return;
    const type = fields.get(id);
    if (type === undefined) issues.add([...base, 'gate', 'completeChecklists', i], `Unknown field "${id}": ${inPhase} has no such field`);
    else if (type !== 'checklist') issues.add([...base, 'gate', 'completeChecklists', i], `Field "${id}" is a ${type} field, not a checklist`);
  });
  arr(gate.outputs).forEach((id, i) => {
    if (typeof id === 'string' && !outputs.has(id)) issues.add([...base, 'gate', 'outputs', i], `Unknown output "${id}": ${inPhase} has no such output`);
  });
  if (typeof gate.minMeetings === 'number' && gate.minMeetings > 0 && phase.meetings === undefined)
    issues.add([...base, 'gate', 'minMeetings'], 'minMeetings needs the phase to schedule meetings (add a "meetings" section)');
}

function checkOutputs(issues: Issues, phases: unknown[], pi: number, base: PathPart[]): void {
  const phase = phases[pi] as Obj;
  for (const [o, oi] of objs(phase.outputs)) {
    const oBase = [...base, 'outputs', oi];
    const mf = str(o.membersFrom);
    if (o.per === 'member') {
      if (mf === null) issues.add([...oBase, 'membersFrom'], 'A per-member output needs membersFrom: the id of a members field');
      else if (!resolveMembersFrom(phases, pi, mf))
        issues.add([...oBase, 'membersFrom'], `"${mf}" is not a members field of this phase ("fieldId") or of an earlier phase ("phaseId.fieldId")`);
    } else if (o.membersFrom !== undefined) issues.add([...oBase, 'membersFrom'], `Only per-member outputs take membersFrom (this output is per "${str(o.per)}")`);
    if (o.per === 'meeting' && phase.meetings === undefined)
      issues.add([...oBase, 'per'], 'A per-meeting output needs the phase to schedule meetings (add a "meetings" section)');
  }
}

/** Reports each cycle in the phases' `after` lists once, e.g. `a → b → a`. */
function checkCycles(issues: Issues, phases: [Obj, number][]): void {
  const index = new Map<string, number>();
  for (const [p, i] of phases) if (typeof p.id === 'string' && !index.has(p.id)) index.set(p.id, i);
  const after = (id: string) => arr(phases.find(([p]) => p.id === id)?.[0].after).filter((x): x is string => typeof x === 'string' && x !== id && index.has(x));
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, stack: string[]) => {
    state.set(id, 'visiting');
    for (const next of after(id)) {
      if (state.get(next) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...cycle.slice(0, -1)].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          issues.add(['phases', index.get(id)!, 'after'], `Cycle in "after": ${cycle.join(' → ')}`);
        }
      } else if (!state.has(next)) visit(next, [...stack, next]);
    }
    state.set(id, 'done');
  };
  for (const id of index.keys()) if (!state.has(id)) visit(id, [id]);
}

function checkVariables(issues: Issues, root: Obj, phases: [Obj, number][]): void {
  const declared = new Set<string>();
  for (const [v, i] of objs(root.variables)) {
    const name = str(v.name);
    if (name === null) continue;
    if ((BUILTIN_VARIABLES as readonly string[]).includes(name)) issues.add(['variables', i, 'name'], `"${name}" is a built-in variable; choose another name`);
    else if (declared.has(name)) issues.add(['variables', i, 'name'], `Duplicate variable name "${name}"`);
    declared.add(name);
  }
  const fieldsOf = new Map(phases.map(([p]) => [str(p.id), new Set(objs(p.fields).map(([f]) => str(f.id)))]));
  /** `context` says which per-item variables exist here: {{member}} in per-member outputs, {{meeting.*}} for meetings. */
  const checkText = (value: unknown, path: PathPart[], context: 'plan' | 'member' | 'meeting') => {
    for (const lang of ['en', 'id']) {
      const t = isObj(value) ? str(value[lang]) : null;
      if (t === null) continue;
      for (const name of variablesIn(t)) {
        const field = parseFieldVariable(name);
        if (field) {
          const fields = fieldsOf.get(field.phaseId);
          if (!fields) issues.add([...path, lang], `Variable {{${name}}}: no phase "${field.phaseId}"`);
          else if (!fields.has(field.fieldId)) issues.add([...path, lang], `Variable {{${name}}}: phase "${field.phaseId}" has no field "${field.fieldId}"`);
        } else if (name === 'member' && context !== 'member') {
          issues.add([...path, lang], 'Variable {{member}} is only available in per-member outputs');
        } else if (name.startsWith('meeting.') && (BUILTIN_VARIABLES as readonly string[]).includes(name) && context !== 'meeting') {
          issues.add([...path, lang], `Variable {{${name}}} is only available in per-meeting outputs and the meetings section`);
        } else if (!(BUILTIN_VARIABLES as readonly string[]).includes(name) && !declared.has(name)) {
          issues.add(
            [...path, lang],
            `Unknown variable {{${name}}}; use ${BUILTIN_VARIABLES.join(', ')}, field:<phase>.<field>${declared.size ? ` or a declared variable (${[...declared].join(', ')})` : ' or declare it under "variables"'}`,
          );
        }
      }
    }
  };
  for (const [p, pi] of phases) {
    for (const [o, oi] of objs(p.outputs)) {
      const context = o.per === 'member' ? 'member' : o.per === 'meeting' ? 'meeting' : 'plan';
      for (const k of ['title', 'body']) checkText(o[k], ['phases', pi, 'outputs', oi, k], context);
    }
    if (isObj(p.meetings)) {
      checkText(p.meetings.label, ['phases', pi, 'meetings', 'label'], 'plan');
      for (const k of ['recordTitle', 'recordBody']) checkText(p.meetings[k], ['phases', pi, 'meetings', k], 'meeting');
    }
  }
}

/** Every string in the template must be plain text or Markdown. */
function checkMarkup(issues: Issues, value: unknown, path: PathPart[]): void {
  if (typeof value === 'string') {
    const what = findUnsafeMarkup(value);
    if (what) issues.add(path, `Contains ${what}; template text must be plain text or Markdown, without HTML or script`);
  } else if (Array.isArray(value)) value.forEach((v, i) => checkMarkup(issues, v, [...path, i]));
  else if (isObj(value)) for (const [k, v] of Object.entries(value)) if (!(path.length === 0 && k === '$schema')) checkMarkup(issues, v, [...path, k]);
}

/** Semantic problems of a (possibly malformed) template; shape problems are the zod schema's job. */
export function semanticIssues(input: unknown): TemplateIssue[] {
  const issues = new Issues();
  if (!isObj(input)) return issues.list;
  const rawPhases = arr(input.phases);
  const phases = objs(input.phases);
  checkUnique(issues, ['phases'], phases, 'id', 'phase id');
  const phaseIds = new Set(phases.map(([p]) => str(p.id)));
  const taskIds = new Map<string, string>();
  const outputIds = new Map<string, string>();
  for (const [p, pi] of phases) {
    const base: PathPart[] = ['phases', pi];
    const fields = objs(p.fields);
    checkUnique(issues, [...base, 'fields'], fields, 'id', 'field id');
    for (const [f, fi] of fields) checkField(issues, f, [...base, 'fields', fi]);
    for (const [list, seen, what] of [
      ['tasks', taskIds, 'task id'],
      ['outputs', outputIds, 'output id'],
    ] as const) {
      for (const [t, ti] of objs(p[list])) {
        const id = str(t.id);
        if (id === null) continue;
        const first = seen.get(id);
        if (first) issues.add([...base, list, ti, 'id'], `Duplicate ${what} "${id}" (already used at ${first}); ids must be unique in the template`);
        else seen.set(id, formatPath([...base, list, ti]));
      }
    }
    checkOutputs(issues, rawPhases, pi, base);
    checkGate(issues, p, base);
    arr(p.after).forEach((a, ai) => {
      if (typeof a !== 'string') return;
      if (a === p.id) issues.add([...base, 'after', ai], `Phase "${a}" cannot come after itself`);
      else if (!phaseIds.has(a)) issues.add([...base, 'after', ai], `Unknown phase "${a}" in "after"`);
    });
  }
  checkCycles(issues, phases);
  checkVariables(issues, input, phases);
  checkMarkup(issues, input, []);
  return issues.list;
}
