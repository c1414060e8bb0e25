// Crash-safe local copies: which copy wins over the server's version after a reload or crash.
import { describe, expect, it } from 'vitest';
import { isDraftNewer, type LocalDraft } from './local-drafts';

const draft = (baseUpdatedAt: string, savedAt: string): LocalDraft => ({ title: 'T', body: 'edited', baseUpdatedAt, savedAt });

describe('local drafts', () => {
  it('wins when made on the server version that is still current', () => {
    expect(isDraftNewer(draft('2026-11-22T10:00:00.000Z', '2026-11-22T10:05:00.000Z'), '2026-11-22T10:00:00.000Z')).toBe(true);
  });
  it('wins when written after the server last changed', () => {
    expect(isDraftNewer(draft('2026-11-22T09:00:00.000Z', '2026-11-22T10:05:00.000Z'), '2026-11-22T10:00:00.000Z')).toBe(true);
  });
  it('loses when the server changed after the copy was written', () => {
    expect(isDraftNewer(draft('2026-11-22T09:00:00.000Z', '2026-11-22T09:30:00.000Z'), '2026-11-22T10:00:00.000Z')).toBe(false);
  });
});
