// A sharing tie (giver → receiver, type, date) and the filter every tie source applies.
import type { TieType } from '../../common/api/methods/network';

export interface Tie {
  source: string;
  target: string;
  type: TieType;
  /** ISO date or date-time; compared by its YYYY-MM-DD prefix. */
  at: string;
}

export interface TieQuery {
  /** Inclusive YYYY-MM-DD bounds. */
  from?: string;
  to?: string;
  /** Case-insensitive: survey topic or a tag of the note(s) the tie is about. */
  topic?: string;
}

export function inRange(at: string, q: TieQuery): boolean {
  const d = at.slice(0, 10);
  return (!q.from || d >= q.from) && (!q.to || d <= q.to);
}
