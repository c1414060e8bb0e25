// Escaping user text for the HTML report (element content and attribute values alike).

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A safe fragment identifier for an in-document anchor (letters, digits and dashes only). */
export function anchorId(prefix: string, id: string): string {
  const slug = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${prefix}-${slug || 'x'}`;
}
