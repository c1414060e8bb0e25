// Date formatting in the current display language.
const LOCALES: Record<string, string> = { en: 'en-GB', id: 'id-ID' };

export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, { dateStyle: 'medium' }).format(d);
}

export function formatTime(d: Date, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(d);
}
