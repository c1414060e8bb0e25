// Renders a stored message (locale key + params) in the current language; a "ctxKey" param is itself a key.
import type { TFunction } from 'i18next';

export function translateMessage(t: TFunction, key: string, params: Record<string, string | number>): string {
  const what = typeof params.ctxKey === 'string' ? t(params.ctxKey, params) : '';
  return t(key, { ...params, what });
}
