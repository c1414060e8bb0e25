// Checks a plan field value against its template field type; tells whether a value counts as filled.
import type { FieldValue } from '../api/methods/plans';
import type { TableColumn, TemplateField } from '../templates/template-types';
import { isRealDate } from './dates';

export const MAX_SHORT_TEXT = 500;
export const MAX_RICH_TEXT = 100_000;
export const MAX_TABLE_ROWS = 500;
export const MAX_MEMBERS = 500;

/** What value checks need to know about the workspace. `allowedIds` are ids kept from the current value (e.g. of a removed member). */
export interface FieldLookup {
  memberExists(id: string): boolean;
  domainExists(id: string): boolean;
  allowedIds?: ReadonlySet<string>;
}

/** Thrown with the reason only; the caller prefixes the field. */
export class FieldValueError extends Error {}

const fail = (msg: string): never => {
  throw new FieldValueError(msg);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, max: number, what: string): string {
  if (typeof v !== 'string') fail(`expected ${what}, got ${describe(v)}`);
  const s = v as string;
  if (s.length > max) fail(`text is ${s.length} characters, at most ${max} allowed`);
  return s;
}

function date(v: unknown): string {
  if (typeof v !== 'string' || !isRealDate(v)) fail(`expected a real date as YYYY-MM-DD, got ${describe(v)}`);
  return v as string;
}

function num(v: unknown, min?: number, max?: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`expected a number, got ${describe(v)}`);
  const n = v as number;
  if (min !== undefined && n < min) fail(`${n} is below the minimum ${min}`);
  if (max !== undefined && n > max) fail(`${n} is above the maximum ${max}`);
  return n;
}

function choice(v: unknown, options: { value: string }[] | undefined): string {
  const values = (options ?? []).map((o) => o.value);
  if (typeof v !== 'string' || !values.includes(v)) fail(`expected one of ${values.map((x) => `"${x}"`).join(', ')}, got ${describe(v)}`);
  return v as string;
}

function member(v: unknown, lookup: FieldLookup): string {
  if (typeof v !== 'string') fail(`expected a member id, got ${describe(v)}`);
  const id = v as string;
  if (!lookup.memberExists(id) && !lookup.allowedIds?.has(id)) fail(`no member with id "${id}"`);
  return id;
}

function cell(col: TableColumn, v: unknown, lookup: FieldLookup): string | number | null {
  if (v === null || v === '') return null;
  try {
    switch (col.type) {
      case 'shortText':
        return text(v, MAX_SHORT_TEXT, 'text');
      case 'number':
        return num(v);
      case 'date':
        return date(v);
      case 'member':
        return member(v, lookup);
      case 'choice':
        return choice(v, col.options);
    }
  } catch (e) {
    if (e instanceof FieldValueError) fail(`column "${col.id}": ${e.message}`);
    throw e;
  }
  return null;
}

/** Returns the normalized value (null clears) or throws FieldValueError with the reason. */
export function checkFieldValue(field: TemplateField, value: unknown, lookup: FieldLookup): FieldValue {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'shortText': {
      const s = text(value, MAX_SHORT_TEXT, 'text');
      if (/[\r\n]/.test(s)) fail('short text must be a single line');
      return s.trim() === '' ? null : s;
    }
    case 'richText': {
      const s = text(value, MAX_RICH_TEXT, 'text');
      return s.trim() === '' ? null : s;
    }
    case 'date':
      return date(value);
    case 'number':
      return num(value, field.min, field.max);
    case 'choice':
      return choice(value, field.options);
    case 'member':
    case 'domain':
      if (field.type === 'member') return member(value, lookup);
      if (typeof value !== 'string' || !lookup.domainExists(value)) fail(`no domain with id ${describe(value)}`);
      return value as string;
    case 'members': {
      if (!Array.isArray(value)) fail(`expected a list of member ids, got ${describe(value)}`);
      const list = value as unknown[];
      if (list.length > MAX_MEMBERS) fail(`at most ${MAX_MEMBERS} members allowed`);
      const ids = list.map((v) => member(v, lookup));
      return [...new Set(ids)];
    }
    case 'checklist': {
      if (!isObject(value)) fail(`expected an object of checklist item id → true/false, got ${describe(value)}`);
      const known = new Set((field.items ?? []).map((i) => i.id));
      const out: Record<string, boolean> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (!known.has(k)) fail(`unknown checklist item "${k}" (known: ${[...known].join(', ')})`);
        if (typeof v !== 'boolean') fail(`item "${k}" must be true or false, got ${describe(v)}`);
        out[k] = v as boolean;
      }
      return out;
    }
    case 'table': {
      if (!Array.isArray(value)) fail(`expected a list of rows, got ${describe(value)}`);
      const rows = value as unknown[];
      if (rows.length > MAX_TABLE_ROWS) fail(`at most ${MAX_TABLE_ROWS} rows allowed`);
      const cols = new Map((field.columns ?? []).map((c) => [c.id, c]));
      return rows.map((row, i) => {
        if (!isObject(row)) fail(`row ${i + 1}: expected an object of column id → cell, got ${describe(row)}`);
        const out: Record<string, string | number | null> = {};
        for (const [k, v] of Object.entries(row as Record<string, unknown>)) {
          const col = cols.get(k);
          if (!col) fail(`row ${i + 1}: unknown column "${k}" (known: ${[...cols.keys()].join(', ')})`);
          try {
            out[k] = cell(col as TableColumn, v, lookup);
          } catch (e) {
            if (e instanceof FieldValueError) fail(`row ${i + 1}: ${e.message}`);
            throw e;
          }
        }
        return out;
      });
    }
  }
  return fail(`unknown field type "${String((field as { type: unknown }).type)}"`);
}

/** A value counts as filled when it says something: non-blank text, any number, a non-empty list, a ticked item, a row. */
export function isFilled(value: FieldValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.length > 0;
  return Object.values(value).some(Boolean);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
