// Unit tests for the import preview's per-note choice rules and status counts.
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../common/api/methods/packages';
import { countByStatus, effectiveChoice } from './import-store';

describe('effectiveChoice', () => {
  const session = { strategy: 'keep-mine' as const, choices: { c2: 'keep-both' as const, u2: 'keep-mine' as const } };
  it('updated notes take theirs and conflicts follow the strategy, unless the note has its own choice', () => {
    expect(effectiveChoice(session, 'u1', 'updated')).toBe('take-theirs');
    expect(effectiveChoice(session, 'u2', 'updated')).toBe('keep-mine');
    expect(effectiveChoice(session, 'c1', 'conflict')).toBe('keep-mine');
    expect(effectiveChoice({ ...session, strategy: 'take-theirs' }, 'c1', 'conflict')).toBe('take-theirs');
    expect(effectiveChoice(session, 'c2', 'conflict')).toBe('keep-both');
  });
  it('new and unchanged notes have no choice', () => {
    expect(effectiveChoice(session, 'n', 'new')).toBeNull();
    expect(effectiveChoice(session, 'c2', 'unchanged')).toBeNull();
  });
});

describe('countByStatus', () => {
  it('counts every status, zero when absent', () => {
    const note = (status: ImportPreview['notes'][number]['status']) => ({ sourceId: status, title: status, status, localId: null, mine: null, theirs: { title: '', body: '' } });
    const preview = { notes: [note('new'), note('new'), note('conflict')] } as unknown as ImportPreview;
    expect(countByStatus(preview)).toEqual({ new: 2, updated: 0, conflict: 1, unchanged: 0 });
    expect(countByStatus(null)).toEqual({ new: 0, updated: 0, conflict: 0, unchanged: 0 });
  });
});
