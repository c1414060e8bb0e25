// Handlers of the notes API methods (src/common/api/methods/notes.ts).
import type { ApiHandlers } from '../../../common/api/contract';
import type { NOTES_API } from '../../../common/api/methods/notes';
import type { HandlerContext } from '../api-handlers';

export function createNotesHandlers(_ctx: HandlerContext): Pick<ApiHandlers, keyof typeof NOTES_API> {
  return {};
}
