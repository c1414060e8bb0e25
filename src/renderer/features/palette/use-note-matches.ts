// Quick open's note rows, asked from the server (notes.quickOpen) per query: debounced, stale answers dropped.
import { useEffect, useRef, useState } from 'react';
import type { TitleMatch } from '../../../common/api/methods/notes';
import { reportError } from '../notifications/report-error';
import { api } from '../../state/services';

/** Rows shown at most: the server ranks every note and sends only these. */
export const NOTE_ROWS = 100;
const DEBOUNCE_MS = 40;

export interface NoteMatches {
  /** The query these matches answer (the rows stay on screen until the next answer arrives). */
  query: string;
  matches: TitleMatch[];
}

/** The latest answer for `query` (null before the first one); `enabled` false asks nothing. */
export function useNoteMatches(query: string, enabled: boolean): NoteMatches | null {
  const [answer, setAnswer] = useState<NoteMatches | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(
      () => {
        api()
          .call('notes.quickOpen', { q: query, limit: NOTE_ROWS })
          .then(
            (matches) => current && setAnswer({ query, matches }),
            (err: unknown) => {
              if (!current) return;
              reportError(err, 'errors.loadNotes');
              setAnswer({ query, matches: [] });
            },
          );
      },
      asked.current ? DEBOUNCE_MS : 0,
    );
    asked.current = true;
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, enabled]);
  return answer;
}
