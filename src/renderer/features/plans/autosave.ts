// Debounced autosave per key (one plan field each): later edits replace earlier ones, saves of a key never overlap.
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosaver<V> {
  /** Remembers the latest value and saves it after the delay (restarted by every call). */
  schedule(key: string, value: V): void;
  /** Saves now what is pending (one key or all) and resolves when every started save has finished. */
  flush(key?: string): Promise<void>;
  state(key: string): SaveState;
  /** Worst state over all keys: error, then saving/pending, then saved, else idle. */
  overall(): SaveState;
  /** True while a value for the key waits or is being saved (the field should not be overwritten from the server). */
  busy(key: string): boolean;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

interface Entry<V> {
  value: V;
  dirty: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  inFlight: Promise<void> | null;
  state: SaveState;
}

export function createAutosaver<V>(opts: { delayMs: number; save(key: string, value: V): Promise<void> }): Autosaver<V> {
  const entries = new Map<string, Entry<V>>();
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of [...listeners]) l();
  };

  const run = async (key: string): Promise<void> => {
    const e = entries.get(key);
    if (!e) return;
    if (e.timer) clearTimeout(e.timer);
    e.timer = null;
    if (e.inFlight) await e.inFlight;
    if (!e.dirty) return;
    e.dirty = false;
    e.state = 'saving';
    emit();
    const value = e.value;
    e.inFlight = opts.save(key, value).then(
      () => {
        e.state = e.dirty ? 'pending' : 'saved';
      },
      () => {
        e.state = 'error';
      },
    );
    await e.inFlight;
    e.inFlight = null;
    emit();
  };

  return {
    schedule(key, value) {
      let e = entries.get(key);
      if (!e) {
        e = { value, dirty: true, timer: null, inFlight: null, state: 'pending' };
        entries.set(key, e);
      }
      e.value = value;
      e.dirty = true;
      e.state = 'pending';
      if (e.timer) clearTimeout(e.timer);
      e.timer = setTimeout(() => void run(key), opts.delayMs);
      emit();
    },
    async flush(key) {
      const keys = key === undefined ? [...entries.keys()] : [key];
      await Promise.all(keys.map(run));
    },
    state: (key) => entries.get(key)?.state ?? 'idle',
    overall() {
      const states = [...entries.values()].map((e) => e.state);
      if (states.includes('error')) return 'error';
      if (states.includes('saving') || states.includes('pending')) return 'saving';
      if (states.includes('saved')) return 'saved';
      return 'idle';
    },
    busy(key) {
      const e = entries.get(key);
      return !!e && (e.dirty || e.inFlight !== null);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      for (const e of entries.values()) if (e.timer) clearTimeout(e.timer);
      listeners.clear();
    },
  };
}
