// validateTemplate / validateTemplateJson: every problem of a template with its JSON path and a clear reason.
import { MAX_TEMPLATE_BYTES } from '../api/methods/templates';
import { formatPath } from './issue-path';
import { findJsonError } from './json-error-position';
import type { PathPart } from './issue-path';
import { templateSchema } from './template-schema';
import { semanticIssues } from './template-semantics';
import type { Template, TemplateIssue } from './template-types';
import { templateErrorMap } from './zod-issue-messages';

export interface TemplateValidationResult {
  ok: boolean;
  issues: TemplateIssue[];
  /** The parsed template, when ok. */
  template?: Template;
}

/** Checks a parsed template (shape, limits, ids, references, cycles, variables, markup). */
export function validateTemplate(input: unknown): TemplateValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', message: 'A template must be a JSON object' }] };
  }
  const parsed = templateSchema.safeParse(input, { error: templateErrorMap });
  const issues: TemplateIssue[] = parsed.success
    ? []
    : parsed.error.issues.flatMap((i) =>
        i.code === 'unrecognized_keys'
          ? i.keys.map((k) => ({ path: formatPath([...(i.path as PathPart[]), k]), message: `Unknown key "${k}" (not part of the template format)` }))
          : [{ path: formatPath(i.path as PathPart[]), message: i.message }],
      );
  const seen = new Set(issues.map((i) => `${i.path}\n${i.message}`));
  for (const i of semanticIssues(input)) {
    const key = `${i.path}\n${i.message}`;
    if (!seen.has(key)) issues.push(i);
    seen.add(key);
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, issues: [], template: parsed.data };
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function jsonErrorMessage(text: string, err: unknown): string {
  const found = findJsonError(text);
  if (found) {
    const { line, column } = lineColumn(text, found.offset);
    return `Invalid JSON at line ${line}, column ${column}: ${found.reason}`;
  }
  return `Invalid JSON: ${err instanceof Error ? err.message : String(err)}`;
}

/** Byte length of text as UTF-8. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Checks a template file's text: size limit (1 MB), JSON syntax (with line and column), then validateTemplate. */
export function validateTemplateJson(text: string): TemplateValidationResult {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_TEMPLATE_BYTES) {
    return { ok: false, issues: [{ path: '', message: `Template file is ${bytes.toLocaleString('en')} bytes; at most ${MAX_TEMPLATE_BYTES.toLocaleString('en')} (1 MB) allowed` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, issues: [{ path: '', message: jsonErrorMessage(text, err) }] };
  }
  return validateTemplate(data);
}
