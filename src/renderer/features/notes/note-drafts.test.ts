// Autosave of note drafts against a fake API client: debounced, one save at a time, keystrokes typed during a save kept.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../common/api/contract';
import type { Note } from '../../../common/api/types';
import { setApi } from '../../state/services';
import { AUTOSAVE_DELAY_MS, drafts, dropDraft, editBody, isNoteDirty, loadNote, saveNote } from './note-drafts';

const base: Note = {
  id: 'n1',
  title: 'Returns',
  domainId: 'd1',
  kind: 'practice',
  stage: 'share',
  lang: 'en',
  tags: [],
  updatedAt: '2026-11-22T10:00:00.000Z',
  createdAt: '2026-11-22T10:00:00.000Z',
  body: 'first',
  aliases: [],
  authorIds: [],
  links: [],
};

function fakeApi() {
  let stored = { ...base };
  const updates: string[] = [];
  let release: (() => void) | null = null;
  const client = {
    hold: false,
    updates,
    finish: () => release?.(),
    async call(method: string, input: { id: string; body?: string }) {
      if (method === 'notes.get') return stored;
      if (method === 'notes.update') {
        updates.push(input.body ?? '');
        if (client.hold) await new Promise<void>((r) => (release = r));
        stored = { ...stored, body: input.body ?? stored.body, updatedAt: new Date(Date.parse(stored.updatedAt) + 1000).toISOString() };
        return stored;
      }
      throw new Error(`unexpected ${method}`);
    },
    on: () => () => undefined,
  };
  setApi(client as unknown as ApiClient);
  return client;
}

describe('note drafts autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    dropDraft('n1');
    vi.useRealTimers();
  });

  it('saves once, AUTOSAVE_DELAY_MS after the last keystroke', async () => {
    const api = fakeApi();
    await loadNote('n1');
    editBody('n1', 'first e');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    editBody('n1', 'first ed');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(api.updates).toEqual([]);
    expect(isNoteDirty('n1')).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(api.updates).toEqual(['first ed']);
    expect(isNoteDirty('n1')).toBe(false);
  });

  it('keeps what is typed while a save is in flight and saves it next', async () => {
    const api = fakeApi();
    api.hold = true;
    await loadNote('n1');
    editBody('n1', 'one');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.updates).toEqual(['one']);
    editBody('n1', 'one two');
    api.hold = false;
    api.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(drafts.get().byId.n1.body).toBe('one two');
    expect(isNoteDirty('n1')).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.updates).toEqual(['one', 'one two']);
    expect(isNoteDirty('n1')).toBe(false);
  });

  it('Ctrl+S (saveNote) saves at once without waiting for the debounce', async () => {
    const api = fakeApi();
    await loadNote('n1');
    editBody('n1', 'saved now');
    expect(await saveNote('n1')).toBe(true);
    expect(api.updates).toEqual(['saved now']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(api.updates).toEqual(['saved now']);
  });
});
