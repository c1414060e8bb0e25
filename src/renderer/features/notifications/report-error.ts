// Reports any thrown error: a notification with its code and message, and a line in the Output log.
import { AppError } from '../../../common/errors';
import { log } from '../output/output-log';
import { notify } from './notifications';

export function errorParts(err: unknown): { code: string; message: string } {
  if (err instanceof AppError) return { code: err.code, message: err.message };
  if (err instanceof Error) return { code: 'INTERNAL', message: err.message || String(err) };
  return { code: 'INTERNAL', message: String(err) };
}

/** `contextKey` is a locale key naming what failed (e.g. "errors.saveNote"); `params` fill it in. */
export function reportError(err: unknown, contextKey = 'errors.generic', params: Record<string, string | number> = {}): void {
  const { code, message } = errorParts(err);
  notify('error', 'errors.withMessage', { ...params, ctxKey: contextKey, message }, code);
  log('error', 'output.error', { ...params, ctxKey: contextKey, code, message });
  if (!(err instanceof AppError)) console.error(err);
}
