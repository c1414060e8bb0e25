// Where plans get templates from: the templates engineer's registry (built-in files + custom versions in the table).
import type { Database } from 'better-sqlite3';
import type { Template } from '../../common/templates/template-types';
import { loadBuiltinTemplates } from '../templates/builtin-templates';
import { TemplateRegistry } from '../templates/template-registry';

/** What plans need from templates (TemplateRegistry provides it). */
export interface TemplateSource {
  /** The latest version, or the given one; throws NOT_FOUND when there is none (e.g. the template was deleted). */
  get(id: string, version?: number): Template;
  /** The latest version number, or null when the template no longer exists. */
  latestVersion(id: string): number | null;
}

export function createTemplateSource(db: Database, resourcesDir: string): TemplateSource {
  return new TemplateRegistry({ db, builtins: loadBuiltinTemplates(resourcesDir), now: () => new Date().toISOString() });
}
