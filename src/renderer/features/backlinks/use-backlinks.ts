// Loads a note's backlinks page by page (100 at a time) and its unlinked mentions; reloads on note changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Backlink, UnlinkedMention } from '../../../common/api/methods/notes';
import { api } from '../../state/services';
import { errorParts } from '../notifications/report-error';

export const BACKLINKS_PAGE = 100;

export interface BacklinksState {
  total: number;
  items: Backlink[];
  mentions: UnlinkedMention[];
  mentionsTotal: number;
  loading: boolean;
  error: string | null;
}

const EMPTY: BacklinksState = { total: 0, items: [], mentions: [], mentionsTotal: 0, loading: false, error: null };

export function useBacklinks(noteId: string | null): BacklinksState & { loadMore(): void; reload(): void } {
  const [state, setState] = useState<BacklinksState>(EMPTY);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const gen = ++generation.current;
    if (!noteId) {
      setState(EMPTY);
      return;
    }
    setState((s) => ({ ...s, loading: true, error: null }));
    Promise.all([
      api().call('notes.backlinks', { id: noteId, offset: 0, limit: BACKLINKS_PAGE }),
      api()
        .call('notes.unlinkedMentions', { id: noteId, limit: 100 })
        .catch(() => ({ total: 0, items: [] as UnlinkedMention[] })),
    ]).then(
      ([links, mentions]) => {
        if (gen !== generation.current) return;
        setState({ total: links.total, items: links.items, mentions: mentions.items, mentionsTotal: mentions.total, loading: false, error: null });
      },
      (err) => {
        if (gen !== generation.current) return;
        setState({ ...EMPTY, error: errorParts(err).message });
      },
    );
  }, [noteId]);

  const loadMore = useCallback(() => {
    if (!noteId || state.loading || state.items.length >= state.total) return;
    const gen = generation.current;
    const offset = state.items.length;
    setState((s) => ({ ...s, loading: true }));
    api()
      .call('notes.backlinks', { id: noteId, offset, limit: BACKLINKS_PAGE })
      .then(
        (page) => {
          if (gen !== generation.current) return;
          setState((s) => ({ ...s, total: page.total, items: [...s.items.slice(0, offset), ...page.items], loading: false }));
        },
        (err) => gen === generation.current && setState((s) => ({ ...s, loading: false, error: errorParts(err).message })),
      );
  }, [noteId, state.loading, state.items.length, state.total]);

  useEffect(() => {
    reload();
    if (!noteId) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = api().on('notes.changed', () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(reload, 300);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [noteId, reload]);

  return { ...state, loadMore, reload };
}
