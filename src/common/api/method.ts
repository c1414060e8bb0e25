// Declares one API method: its input schema and (by type only) its output.
import type { z } from 'zod';

export function method<I extends z.ZodType, O>(input: I): { input: I; output?: O } {
  return { input };
}
