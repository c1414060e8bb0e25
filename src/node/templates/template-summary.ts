// Template → TemplateSummary (the list entry) and canonical JSON for change detection.
import type { TemplateSummary } from '../../common/api/methods/templates';
import type { Template } from '../../common/templates/template-types';

export function summarizeTemplate(t: Template, source: 'builtin' | 'custom', plans: number): TemplateSummary {
  return {
    id: t.id,
    version: t.version,
    name: t.name,
    description: t.description,
    source,
    phases: t.phases.map((p) => ({ id: p.id, title: p.title })),
    plans,
  };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The template's content as stable JSON, ignoring `version` and `$schema`: equal text means no change. */
export function templateContentKey(t: Template): string {
  const { version: _version, $schema: _schema, ...content } = t;
  return JSON.stringify(sortKeys(content));
}

/** Pretty JSON as written to a template file. */
export function templateFileText(t: Template): string {
  return JSON.stringify(t, null, 2) + '\n';
}
