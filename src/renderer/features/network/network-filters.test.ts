// Quick periods of the network filter: the day N days back on the local calendar, and recognising a period again.
import { describe, expect, it } from 'vitest';
import { daysBefore, periodOf } from './NetworkFilters';

describe('network periods', () => {
  const today = new Date(2026, 2, 1, 15, 30); // 1 March 2026, local time

  it('counts back calendar days across month ends and leap rules', () => {
    expect(daysBefore(today, 0)).toBe('2026-03-01');
    expect(daysBefore(today, 1)).toBe('2026-02-28');
    expect(daysBefore(today, 30)).toBe('2026-01-30');
    expect(daysBefore(today, 365)).toBe('2025-03-01');
    expect(daysBefore(new Date(2024, 2, 1), 1)).toBe('2024-02-29');
  });

  it('names the period a filter is, or none for hand-set dates', () => {
    expect(periodOf({}, today)).toBe('all');
    expect(periodOf({ topic: 'x' }, today)).toBe('all');
    expect(periodOf({ from: '2026-01-30' }, today)).toBe(30);
    expect(periodOf({ from: daysBefore(today, 90) }, today)).toBe(90);
    expect(periodOf({ from: '2026-01-29' }, today)).toBeNull();
    expect(periodOf({ from: '2026-01-30', to: '2026-02-10' }, today)).toBeNull();
    expect(periodOf({ to: '2026-02-10' }, today)).toBeNull();
  });
});
