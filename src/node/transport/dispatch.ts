// The one entry point every transport uses: validate the method and input, run the handler, answer a CallResult.
import { API, isApiMethod } from '../../common/api/contract';
import type { ApiHandlers, CallResult } from '../../common/api/contract';
import { AppError, toWireError } from '../../common/errors';

export type Dispatcher = (method: unknown, input: unknown) => Promise<CallResult>;

export function createDispatcher(handlers: ApiHandlers, onInternalError?: (err: unknown) => void): Dispatcher {
  return async (method, input) => {
    try {
      if (!isApiMethod(method)) throw new AppError('UNKNOWN_METHOD', `Unknown API method: ${String(method).slice(0, 100)}`);
      const parsed = API[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        throw new AppError('INVALID_INPUT', `${method}: ${where}${issue.message}`);
      }
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      const result = await handler(parsed.data);
      return { ok: true, result: result === undefined ? null : result };
    } catch (err) {
      if (!(err instanceof AppError)) onInternalError?.(err);
      return { ok: false, error: toWireError(err) };
    }
  };
}
