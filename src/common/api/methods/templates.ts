// API methods of the templates area: built-in and custom planning templates, validation, import and export.
import { z } from 'zod';
import { method } from '../method';
import { id } from '../schemas';
import type { Bilingual, Template, TemplateIssue } from '../../templates/template-types';

/** Largest template file accepted (bytes of JSON). */
export const MAX_TEMPLATE_BYTES = 1_000_000;

export interface TemplateSummary {
  id: string;
  version: number;
  name: Bilingual;
  description: Bilingual;
  source: 'builtin' | 'custom';
  phases: { id: string; title: Bilingual }[];
  /** Plans started from any version of this template. */
  plans: number;
}

export interface TemplateValidation {
  ok: boolean;
  issues: TemplateIssue[];
}

const templateId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Template id must be a lower-case slug (a-z, 0-9, -), at most 64 characters');
const templateJson = z.string().max(MAX_TEMPLATE_BYTES, 'Template file is larger than 1 MB');

export const TEMPLATES_API = {
  'templates.list': method<z.ZodObject<Record<string, never>>, TemplateSummary[]>(z.object({}).strict()),
  /** The latest version, or the given one (plans keep the version they started with). */
  'templates.get': method<z.ZodType<{ id: string; version?: number }>, Template>(
    z.object({ id, version: z.number().int().positive().optional() }).strict(),
  ),
  /** Checks a template (parsed object or JSON text) without saving it: every problem with its JSON path. */
  'templates.validate': method<z.ZodType<{ template?: unknown; json?: string }>, TemplateValidation>(
    z
      .object({ template: z.unknown().optional(), json: templateJson.optional() })
      .strict()
      .refine((v) => (v.template === undefined) !== (v.json === undefined), 'Give either template or json'),
  ),
  /** Saves a custom template (validated; a changed template gets version + 1). Built-in ids are refused: duplicate first. */
  'templates.save': method<z.ZodType<{ template: unknown }>, TemplateSummary>(z.object({ template: z.unknown() }).strict()),
  /** Copies a template (built-in or custom) under a new id as a custom template, version 1. */
  'templates.duplicate': method<z.ZodType<{ id: string; newId: string; name?: Bilingual }>, Template>(
    z
      .object({
        id,
        newId: templateId,
        name: z.object({ en: z.string().trim().min(1).max(200), id: z.string().trim().min(1).max(200) }).strict().optional(),
      })
      .strict(),
  ),
  /** Deletes a custom template; plans started from it keep working from their own copy. */
  'templates.delete': method<z.ZodType<{ id: string }>, null>(z.object({ id }).strict()),
  /** Imports a template file's text (validated; refuses a built-in id or an existing custom id unless replace). */
  'templates.import': method<z.ZodType<{ json: string; replace?: boolean }>, TemplateSummary>(
    z.object({ json: templateJson, replace: z.boolean().default(false) }).strict(),
  ),
  /** The template as a file: suggested file name and pretty-printed JSON. */
  'templates.export': method<z.ZodType<{ id: string }>, { fileName: string; json: string }>(z.object({ id }).strict()),
} as const;
