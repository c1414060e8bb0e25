// Pure editing helpers for plan field values: empty checks, members, checklists, table rows, numbers.
import type { FieldValue } from '../../../common/api/methods/plans';
import type { TableColumn } from '../../../common/templates/template-types';

export type TableRow = Record<string, string | number | null>;

/** True when a value counts as not filled in (null, blank text, empty list or table, nothing ticked). */
export function isEmptyValue(value: FieldValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return !Number.isFinite(value);
  if (Array.isArray(value)) return value.length === 0;
  return !Object.values(value).some(Boolean);
}

/** Adds or removes a member id, keeping the order in which members were picked. */
export function toggleMember(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((m) => m !== id) : [...list, id];
}

/** Members whose name contains the query (case- and accent-insensitive), all when the query is blank. */
export function filterByName<T extends { name: string }>(items: readonly T[], query: string): T[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(query.trim());
  return q ? items.filter((m) => fold(m.name).includes(q)) : [...items];
}

export function toggleChecklist(value: Record<string, boolean> | null | undefined, itemId: string): Record<string, boolean> {
  const next = { ...(value ?? {}) };
  next[itemId] = !next[itemId];
  return next;
}

/** Parses a number typed into an input; blank → null, anything not a finite number → undefined (invalid). */
export function parseNumberInput(text: string): number | null | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function emptyRow(columns: readonly TableColumn[]): TableRow {
  return Object.fromEntries(columns.map((c) => [c.id, null]));
}

export function addRow(rows: readonly TableRow[], columns: readonly TableColumn[]): TableRow[] {
  return [...rows, emptyRow(columns)];
}

export function removeRow(rows: readonly TableRow[], index: number): TableRow[] {
  return rows.filter((_, i) => i !== index);
}

/** Sets one cell; a number column stores a number (or null when blank), other columns text (null when blank). */
export function setCell(rows: readonly TableRow[], index: number, column: TableColumn, text: string): TableRow[] {
  let cell: string | number | null;
  if (column.type === 'number') {
    const n = parseNumberInput(text);
    if (n === undefined) return [...rows];
    cell = n;
  } else {
    cell = text === '' ? null : text;
  }
  return rows.map((row, i) => (i === index ? { ...row, [column.id]: cell } : row));
}

/** Reads a field value as a table (anything else → no rows). */
export function asRows(value: FieldValue | undefined): TableRow[] {
  return Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null) ? (value as TableRow[]) : [];
}

export function asStringList(value: FieldValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function asChecklist(value: FieldValue | undefined): Record<string, boolean> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, boolean>) : {};
}

export function asText(value: FieldValue | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}
