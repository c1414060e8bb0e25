// The template registry: built-in templates (files) plus custom templates (the `templates` table, versioned).
import type { Database } from 'better-sqlite3';
import type { TemplateSummary } from '../../common/api/methods/templates';
import { AppError } from '../../common/errors';
import { formatTemplateIssue } from '../../common/templates/issue-path';
import type { Bilingual, Template, TemplateIssue } from '../../common/templates/template-types';
import { MAX_LABEL_CHARS } from '../../common/templates/template-limits';
import { validateTemplate, validateTemplateJson } from '../../common/templates/validate-template';
import { TemplateRows } from './template-rows';
import { summarizeTemplate, templateContentKey, templateFileText } from './template-summary';

export type TemplateChange = { id: string; change: 'created' | 'updated' | 'deleted' };

export interface TemplateRegistryOptions {
  db: Database;
  builtins: ReadonlyMap<string, Template>;
  now(): string;
  /** Called after each committed change (the handlers emit 'templates.changed'). */
  onChange?(change: TemplateChange): void;
}

function invalid(issues: TemplateIssue[]): AppError {
  const shown = issues.slice(0, 30).map((i) => `  ${formatTemplateIssue(i)}`);
  const more = issues.length > 30 ? [`  … and ${issues.length - 30} more`] : [];
  return new AppError('INVALID_INPUT', `Template is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${[...shown, ...more].join('\n')}`);
}

const copyName = (name: Bilingual): Bilingual => ({
  en: `${name.en} (copy)`.slice(0, MAX_LABEL_CHARS),
  id: `${name.id} (salinan)`.slice(0, MAX_LABEL_CHARS),
});

export class TemplateRegistry {
  private readonly rows: TemplateRows;

  constructor(private readonly opts: TemplateRegistryOptions) {
    this.rows = new TemplateRows(opts.db);
  }

  isBuiltin(id: string): boolean {
    return this.opts.builtins.has(id);
  }

  /** Built-ins first, then live custom templates by English name; with plan counts. */
  list(): TemplateSummary[] {
    const counts = this.rows.planCounts();
    const builtins = [...this.opts.builtins.values()].map((t) => summarizeTemplate(t, 'builtin', counts.get(t.id) ?? 0));
    const custom = this.rows
      .listLive()
      .filter((t) => !this.isBuiltin(t.id))
      .sort((a, b) => a.name.en.localeCompare(b.name.en) || a.id.localeCompare(b.id))
      .map((t) => summarizeTemplate(t, 'custom', counts.get(t.id) ?? 0));
    return [...builtins, ...custom];
  }

  /** The latest version, or a given one; a deleted custom template's versions stay readable by number. */
  get(id: string, version?: number): Template {
    const builtin = this.opts.builtins.get(id);
    if (builtin) {
      if (version === undefined || version === builtin.version) return builtin;
      throw new AppError('NOT_FOUND', `Built-in template ${id} is at version ${builtin.version}; version ${version} is not available (plans keep their own copy)`);
    }
    if (version !== undefined) {
      const row = this.rows.version(id, version);
      if (!row) throw new AppError('NOT_FOUND', `No version ${version} of template ${id}`);
      return row.template;
    }
    const latest = this.rows.latest(id);
    if (!latest || latest.deleted) throw new AppError('NOT_FOUND', `No template with id ${id}${latest ? ' (it was deleted)' : ''}`);
    return latest.template;
  }

  /** The newest available version number of a template (built-in or live custom), or null. */
  latestVersion(id: string): number | null {
    const builtin = this.opts.builtins.get(id);
    if (builtin) return builtin.version;
    const latest = this.rows.latest(id);
    return latest && !latest.deleted ? latest.template.version : null;
  }

  /** Saves a custom template: validated; unchanged content keeps its version, a change gets the next version. */
  save(input: unknown): TemplateSummary {
    const result = validateTemplate(input);
    if (!result.ok || !result.template) throw invalid(result.issues);
    return this.store(result.template);
  }

  /** Copies a template (built-in or custom) under a new id as a custom template. */
  duplicate(id: string, newId: string, name?: Bilingual): Template {
    const source = this.get(id);
    this.refuseBuiltin(newId);
    if (this.latestVersion(newId) !== null) throw new AppError('CONFLICT', `A template with id ${newId} already exists; choose another id`);
    const { $schema: _schema, ...rest } = source;
    this.save({ ...rest, id: newId, version: 1, name: name ?? copyName(source.name) });
    return this.get(newId);
  }

  /** Soft-deletes a custom template; plans started from it keep their snapshot, and its versions stay readable. */
  delete(id: string): void {
    if (this.isBuiltin(id)) throw new AppError('CONFLICT', `Template ${id} is built in and cannot be deleted`);
    const latest = this.rows.latest(id);
    if (!latest || latest.deleted) throw new AppError('NOT_FOUND', `No template with id ${id}`);
    this.opts.db.transaction(() => this.rows.markDeleted(id, this.opts.now()))();
    this.opts.onChange?.({ id, change: 'deleted' });
  }

  /** Imports a template file's text: refuses built-in ids, and an existing custom id unless replace. */
  import(json: string, replace = false): TemplateSummary {
    const result = validateTemplateJson(json);
    if (!result.ok || !result.template) throw invalid(result.issues);
    const { id } = result.template;
    this.refuseBuiltin(id);
    const existing = this.latestVersion(id);
    if (existing !== null && !replace) {
      throw new AppError('CONFLICT', `A custom template with id ${id} already exists (version ${existing}); import with replace to save this file as its next version`);
    }
    return this.store(result.template);
  }

  /** The template as a file: `<id>.template.json` and pretty JSON. */
  export(id: string): { fileName: string; json: string } {
    const t = this.get(id);
    return { fileName: `${t.id}.template.json`, json: templateFileText(t) };
  }

  private refuseBuiltin(id: string): void {
    if (this.isBuiltin(id)) throw new AppError('CONFLICT', `Template id ${id} belongs to a built-in template; duplicate it under a new id to change it`);
  }

  private store(template: Template): TemplateSummary {
    this.refuseBuiltin(template.id);
    const { $schema: _schema, ...clean } = template;
    const outcome = this.opts.db.transaction((): { saved: Template; change: TemplateChange['change'] | null } => {
      const latest = this.rows.latest(clean.id);
      if (latest && !latest.deleted && templateContentKey(latest.template) === templateContentKey(clean)) return { saved: latest.template, change: null };
      const saved = { ...clean, version: latest ? latest.template.version + 1 : 1 };
      this.rows.insert(saved, this.opts.now());
      return { saved, change: latest && !latest.deleted ? 'updated' : 'created' };
    })();
    if (outcome.change) this.opts.onChange?.({ id: outcome.saved.id, change: outcome.change });
    const plans = this.rows.planCounts().get(outcome.saved.id) ?? 0;
    return summarizeTemplate(outcome.saved, 'custom', plans);
  }
}
