// Input schema pieces shared by the API method groups.
import { z } from 'zod';

export const id = z.string().min(1).max(200);
export const empty = z.object({}).strict();
export const title = z
  .string()
  .trim()
  .min(1, 'Title must not be empty')
  .max(300, 'Title must be at most 300 characters')
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'Title must not contain control characters')
  .refine((t) => !/[[\]|#]/.test(t), 'Title must not contain [ ] | or #');
