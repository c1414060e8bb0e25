// Built-in planning templates: resources/templates/<id>.json, validated when loaded (a broken one is a startup error).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTemplateIssue } from '../../common/templates/issue-path';
import type { Template } from '../../common/templates/template-types';
import { validateTemplateJson } from '../../common/templates/validate-template';
import { TEMPLATE_JSON_SCHEMA_FILE } from '../../common/templates/template-json-schema';
import { findResourcesDir } from '../paths';

/** Shown first in lists, in this order; other built-ins follow by id. */
const BUILTIN_ORDER = ['library-cop-5d', 'generic-cop-5d', 'knowledge-sharing-review'];

const cache = new Map<string, ReadonlyMap<string, Template>>();

/** Reads and validates every built-in template; throws naming the file and each problem when one is broken. */
export function readBuiltinTemplates(dir: string): Map<string, Template> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== TEMPLATE_JSON_SCHEMA_FILE)
    .sort();
  const found: Template[] = [];
  for (const file of files) {
    const result = validateTemplateJson(readFileSync(join(dir, file), 'utf8'));
    if (!result.ok || !result.template) {
      throw new Error(`Built-in template ${file} is invalid:\n${result.issues.map((i) => `  ${formatTemplateIssue(i)}`).join('\n')}`);
    }
    if (`${result.template.id}.json` !== file) throw new Error(`Built-in template ${file} has id "${result.template.id}"; the file must be named after its id`);
    found.push(result.template);
  }
  const rank = (id: string) => (BUILTIN_ORDER.includes(id) ? BUILTIN_ORDER.indexOf(id) : BUILTIN_ORDER.length);
  found.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return new Map(found.map((t) => [t.id, t]));
}

/** The built-in templates of the app's resources folder (read once per process). */
export function loadBuiltinTemplates(resourcesDir: string = findResourcesDir()): ReadonlyMap<string, Template> {
  const dir = join(resourcesDir, 'templates');
  let builtins = cache.get(dir);
  if (!builtins) {
    builtins = readBuiltinTemplates(dir);
    cache.set(dir, builtins);
  }
  return builtins;
}
