// Asks the server for [[ autocomplete matches (notes.linkSuggest) as the query changes: debounced, stale answers dropped.
import { useEffect, useRef, useState } from 'react';
import type { LinkSuggestions } from '../../../../../common/api/methods/notes';
import { api } from '../../../../state/services';
import { MAX_OPTIONS } from './link-options';

const DEBOUNCE_MS = 40;

export interface SuggestionAnswer {
  query: string;
  suggestions: LinkSuggestions;
}

/** The latest answer (kept on screen until the next one); null while the menu is closed or before the first answer. */
export function useLinkSuggestions(query: string | null): SuggestionAnswer | null {
  const [answer, setAnswer] = useState<SuggestionAnswer | null>(null);
  const open = useRef(false);
  useEffect(() => {
    if (query === null) {
      open.current = false;
      setAnswer(null);
      return;
    }
    let current = true;
    const timer = setTimeout(
      () => {
        api()
          .call('notes.linkSuggest', { q: query, limit: MAX_OPTIONS })
          .then(
            (suggestions) => current && setAnswer({ query, suggestions }),
            () => current && setAnswer({ query, suggestions: { items: [], exact: false } }),
          );
      },
      open.current ? DEBOUNCE_MS : 0,
    );
    open.current = true;
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  return answer;
}
