// Fills {{variables}} in template titles and bodies for generated output notes.

/**
 * Replaces `{{name}}` with vars[name] and `{{field:phase.field}}` with field(phase, field); unknown variables are
 * left as written so a coordinator sees what was not filled.
 */
export function fillPlanText(text: string, vars: Record<string, string>, field: (phaseId: string, fieldId: string) => string | null): string {
  return text.replace(/\{\{\s*([a-zA-Z0-9_.:-]+)\s*\}\}/g, (whole, name: string) => {
    if (name.startsWith('field:')) {
      const [phaseId, fieldId] = name.slice(6).split('.');
      if (!phaseId || !fieldId) return whole;
      return field(phaseId, fieldId) ?? '';
    }
    return Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : whole;
  });
}

/** A note title may not hold characters that break wikilinks ([ ] | #) or control characters (same rule as notes.create). */
export function safeNoteTitle(title: string): string {
  const clean = title.replace(/[[\]|#\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.slice(0, 300).trim() || 'Untitled';
}
