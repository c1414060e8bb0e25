// Plain-language messages for schema (zod) problems in a template: missing keys, unknown keys and values, limits.
import type { z } from 'zod';
import { COLUMN_TYPES, FIELD_TYPES, TEMPLATE_SCHEMA_VERSION } from './template-types';
import type { PathPart } from './issue-path';

const SINGULAR: Record<string, string> = {
  phases: 'phase',
  fields: 'field',
  tasks: 'task',
  outputs: 'output',
  columns: 'table column',
  items: 'checklist item',
  options: 'choice option',
  variables: 'variable',
  prompts: 'prompt',
};

/** "phase id" for ['phases', 0, 'id'], "field label" for [..., 'fields', 1, 'label'], else the key. */
function describe(path: readonly PropertyKey[]): string {
  const key = String(path[path.length - 1] ?? 'value');
  const parent = path.length >= 3 && typeof path[path.length - 2] === 'number' ? String(path[path.length - 3]) : '';
  return SINGULAR[parent] ? `${SINGULAR[parent]} ${key}` : `"${key}"`;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : typeof v === 'string' ? 'text' : typeof v;
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object', int: 'a whole number' };

/** Per-parse zod error map: turns a raw zod issue into a clear reason (the path is added by the caller). */
export function templateErrorMap(iss: z.core.$ZodRawIssue): string | undefined {
  const path = (iss.path ?? []) as PathPart[];
  const key = path[path.length - 1];
  const parentList = path.length >= 3 ? path[path.length - 3] : undefined;
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return `Missing ${describe(path)}`;
      return `Expected ${EXPECTED[iss.expected] ?? iss.expected}, got ${typeName(iss.input)}`;
    case 'invalid_value': {
      if (key === 'schemaVersion') return `Unsupported schemaVersion ${JSON.stringify(iss.input)}: this app reads schemaVersion ${TEMPLATE_SCHEMA_VERSION}`;
      if (key === 'type' && parentList === 'fields') return `Unknown field type ${JSON.stringify(iss.input)}; allowed: ${FIELD_TYPES.join(', ')}`;
      if (key === 'type' && parentList === 'columns') return `Unknown column type ${JSON.stringify(iss.input)}; allowed: ${COLUMN_TYPES.join(', ')}`;
      return `Unknown value ${JSON.stringify(iss.input)}; allowed: ${iss.values.map((v) => String(v)).join(', ')}`;
    }
    case 'unrecognized_keys':
      return `Unknown key${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')} (not part of the template format)`;
    case 'too_big':
      if (iss.origin === 'string') return `Text is ${String(iss.input).length} characters; at most ${iss.maximum} allowed`;
      if (iss.origin === 'array') return `Too many entries (${(iss.input as unknown[]).length}); at most ${iss.maximum} allowed`;
      return `Must be at most ${iss.maximum}`;
    case 'too_small':
      if (iss.origin === 'string') return 'Must not be empty';
      if (iss.origin === 'array') return `Needs at least ${iss.minimum} ${Number(iss.minimum) === 1 ? 'entry' : 'entries'}`;
      return `Must be at least ${iss.minimum}`;
    default:
      return undefined;
  }
}
