// The template format as a strict zod schema (unknown keys are errors); kept in sync with template-types.ts.
import { z } from 'zod';
import { NOTE_KINDS } from '../api/types';
import { COLUMN_TYPES, FIELD_TYPES, TEMPLATE_SCHEMA_VERSION } from './template-types';
import type { Template } from './template-types';
import {
  ITEM_ID_PATTERN,
  MAX_LABEL_CHARS,
  MAX_LONG_TEXT_CHARS,
  MAX_OPTIONS,
  MAX_PER_PHASE,
  MAX_PHASES,
  MAX_TAGS,
  MAX_VARIABLES,
  TEMPLATE_ID_PATTERN,
} from './template-limits';

const itemId = z
  .string()
  .regex(ITEM_ID_PATTERN, 'Id must start with a letter and use only letters, digits, _ or - (at most 64 characters)');
const text = (max: number) => z.string().trim().min(1).max(max);
const bilingual = (max: number) => z.strictObject({ en: text(max), id: text(max) });
const label = bilingual(MAX_LABEL_CHARS);
const longText = bilingual(MAX_LONG_TEXT_CHARS);
const list = <T extends z.ZodType>(item: T, max = MAX_PER_PHASE) => z.array(item).max(max);

const choiceOption = z.strictObject({ value: itemId, label });

const tableColumn = z.strictObject({
  id: itemId,
  label,
  type: z.enum(COLUMN_TYPES),
  options: list(choiceOption, MAX_OPTIONS).optional(),
});

const field = z.strictObject({
  id: itemId,
  type: z.enum(FIELD_TYPES),
  label,
  help: longText.optional(),
  placeholder: longText.optional(),
  required: z.boolean().optional(),
  options: list(choiceOption, MAX_OPTIONS).optional(),
  items: list(z.strictObject({ id: itemId, label }), MAX_OPTIONS).optional(),
  columns: list(tableColumn, 30).optional(),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
});

const task = z.strictObject({
  id: itemId,
  title: label,
  owner: z.literal('coordinator').optional(),
  dueAfterDays: z.number().int().min(0).max(3650).optional(),
});

const output = z.strictObject({
  id: itemId,
  label,
  per: z.enum(['plan', 'member', 'meeting']),
  membersFrom: z.string().min(1).max(130).optional(),
  noteKind: z.enum(NOTE_KINDS),
  title: label,
  body: longText,
  tags: list(
    z.string().regex(/^[^\s#,[\]|]{1,50}$/, 'Tag must be 1 to 50 characters without spaces, #, comma, [ ] or |'),
    MAX_TAGS,
  ).optional(),
});

const gate = z.strictObject({
  requiredFields: list(itemId).optional(),
  completeChecklists: list(itemId).optional(),
  outputs: list(itemId).optional(),
  allTasksDone: z.boolean().optional(),
  minMeetings: z.number().int().min(0).max(1000).optional(),
});

const meetings = z.strictObject({
  label,
  recordTitle: label,
  recordBody: longText,
  defaultEveryDays: z.number().int().min(1).max(366),
});

const phase = z.strictObject({
  id: itemId,
  title: label,
  guidance: longText,
  prompts: list(longText, 50),
  after: list(itemId, MAX_PHASES).optional(),
  fields: list(field),
  tasks: list(task),
  outputs: list(output),
  gate,
  meetings: meetings.optional(),
});

const variable = z.strictObject({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'Variable name must start with a letter and use only letters, digits or _'),
  label,
  default: z.string().max(MAX_LABEL_CHARS),
});

export const templateSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: z.string().regex(TEMPLATE_ID_PATTERN, 'Template id must be a lower-case slug (a-z, 0-9, -), at most 64 characters'),
  version: z.number().int().min(1),
  name: label,
  description: longText,
  variables: list(variable, MAX_VARIABLES).optional(),
  phases: list(phase, MAX_PHASES).min(1),
});

/** Compile-time check that the schema's output is a Template. */
export const templateSchemaTyped: z.ZodType<Template> = templateSchema;
