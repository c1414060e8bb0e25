// Display languages and the default chosen from the browser's language.
export const LANGUAGES = ['en', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function detectDefaultLanguage(): Language {
  const lang = (typeof navigator !== 'undefined' && navigator.language) || 'en';
  return lang.toLowerCase().startsWith('id') ? 'id' : 'en';
}
