// Loads a note's endorsements and comments; reloads after every write here and on network.changed for the note.
import { useCallback, useEffect, useState } from 'react';
import type { Endorsement } from '../../../common/api/methods/network';
import { api } from '../../state/services';
import { errorParts } from '../notifications/report-error';

export interface EndorsementsState {
  items: Endorsement[];
  loading: boolean;
  error: string | null;
  reload(): Promise<void>;
}

export function useEndorsements(noteId: string): EndorsementsState {
  const [items, setItems] = useState<Endorsement[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const list = await api().call('network.endorsements', { noteId });
      setItems(list);
      setError(null);
    } catch (err) {
      const { code, message } = errorParts(err);
      setError(`[${code}] ${message}`);
    } finally {
      setLoading(false);
    }
  }, [noteId]);

  useEffect(() => {
    setItems([]);
    setLoading(true);
    void reload();
  }, [reload]);

  // Endorsements written elsewhere (another window, the CLI's service, a removed member) show up too.
  useEffect(() => api().on('network.changed', (e) => e.noteId === noteId && void reload()), [noteId, reload]);

  return { items, loading, error, reload };
}
