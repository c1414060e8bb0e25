// Template variables: the built-in names, {{...}} scanning, and renderTemplateText for generated notes.

/** Variables every plan provides; `field:<phaseId>.<fieldId>` is also built in (the field must exist). */
export const BUILTIN_VARIABLES = ['domain', 'today', 'coordinator', 'plan', 'member', 'meeting.title', 'meeting.date'] as const;

const VARIABLE_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The variable names used in a text, in order of appearance (duplicates kept once). */
export function variablesIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(VARIABLE_RE)) found.add(m[1]);
  return [...found];
}

/** `field:<phaseId>.<fieldId>` split into its parts, or null for any other variable. */
export function parseFieldVariable(name: string): { phaseId: string; fieldId: string } | null {
  const m = /^field:([^.\s]+)\.([^.\s]+)$/.exec(name);
  return m ? { phaseId: m[1], fieldId: m[2] } : null;
}

export type TemplateVariableValues = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Replaces each {{name}} with its value (plain text, inserted as is). A variable without a value (missing, null or
 * undefined) stays visible as {{name}} so the gap can be seen and filled in by hand.
 */
export function renderTemplateText(text: string, vars: TemplateVariableValues): string {
  return text.replace(VARIABLE_RE, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    return value === null || value === undefined ? whole : String(value);
  });
}
