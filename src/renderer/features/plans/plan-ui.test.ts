// Pure plan UI logic: bilingual text, overdue tasks, field value editing and the debounced autosave.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from './autosave';
import { addRow, asRows, filterByName, isEmptyValue, parseNumberInput, removeRow, setCell, toggleChecklist, toggleMember } from './field-values';
import { bi, isOverdue, percentOf } from './plan-text';

describe('plan text', () => {
  it('picks the UI language and falls back to the other one', () => {
    expect(bi({ en: 'Vision', id: 'Visi' }, 'id')).toBe('Visi');
    expect(bi({ en: 'Vision', id: 'Visi' }, 'en')).toBe('Vision');
    expect(bi({ en: 'Vision', id: '' }, 'id')).toBe('Vision');
    expect(bi(undefined, 'en')).toBe('');
  });
  it('rounds and clamps progress', () => {
    expect(percentOf(0.333)).toBe(33);
    expect(percentOf(1.4)).toBe(100);
    expect(percentOf(Number.NaN)).toBe(0);
  });
  it('marks only open tasks due before today as overdue', () => {
    expect(isOverdue({ due: '2026-01-01', status: 'todo' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ due: '2026-01-02', status: 'todo' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ due: '2026-01-01', status: 'done' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ due: null, status: 'todo' }, '2026-01-02')).toBe(false);
  });
});

describe('field values', () => {
  const cols = [
    { id: 'topic', label: { en: 'Topic', id: 'Topik' }, type: 'shortText' as const },
    { id: 'hours', label: { en: 'Hours', id: 'Jam' }, type: 'number' as const },
  ];
  it('knows empty values of every type', () => {
    expect(isEmptyValue(null)).toBe(true);
    expect(isEmptyValue('  ')).toBe(true);
    expect(isEmptyValue([])).toBe(true);
    expect(isEmptyValue({ a: false })).toBe(true);
    expect(isEmptyValue({ a: true })).toBe(false);
    expect(isEmptyValue(0)).toBe(false);
    expect(isEmptyValue('x')).toBe(false);
  });
  it('toggles members and checklist items', () => {
    expect(toggleMember(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggleMember(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleChecklist({ x: true }, 'y')).toEqual({ x: true, y: true });
    expect(toggleChecklist({ x: true }, 'x')).toEqual({ x: false });
  });
  it('filters names ignoring case and accents', () => {
    const people = [{ name: 'Sari Wulandari' }, { name: 'Budi Santoso' }, { name: 'Éva' }];
    expect(filterByName(people, 'sant').map((p) => p.name)).toEqual(['Budi Santoso']);
    expect(filterByName(people, 'eva').map((p) => p.name)).toEqual(['Éva']);
    expect(filterByName(people, ' ')).toHaveLength(3);
  });
  it('parses numbers typed by people', () => {
    expect(parseNumberInput('')).toBeNull();
    expect(parseNumberInput('2,5')).toBe(2.5);
    expect(parseNumberInput('abc')).toBeUndefined();
  });
  it('edits table rows with typed cells', () => {
    let rows = addRow([], cols);
    expect(rows).toEqual([{ topic: null, hours: null }]);
    rows = setCell(rows, 0, cols[0], 'Returns');
    rows = setCell(rows, 0, cols[1], '3');
    expect(rows).toEqual([{ topic: 'Returns', hours: 3 }]);
    expect(setCell(rows, 0, cols[1], 'x')).toEqual(rows);
    rows = addRow(rows, cols);
    expect(removeRow(rows, 0)).toEqual([{ topic: null, hours: null }]);
    expect(asRows('text')).toEqual([]);
  });
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves only the last value after the delay', async () => {
    const saved: [string, string][] = [];
    const a = createAutosaver<string>({ delayMs: 500, save: async (k, v) => void saved.push([k, v]) });
    a.schedule('f', 'a');
    a.schedule('f', 'ab');
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    expect(a.state('f')).toBe('pending');
    expect(a.busy('f')).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([['f', 'ab']]);
    expect(a.state('f')).toBe('saved');
    expect(a.busy('f')).toBe(false);
  });
  it('flushes at once and never overlaps saves of one key', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const a = createAutosaver<string>({
      delayMs: 500,
      save: (_k, v) => {
        order.push(`start ${v}`);
        return new Promise<void>((r) => {
          release = () => {
            order.push(`end ${v}`);
            r();
          };
        });
      },
    });
    a.schedule('f', '1');
    const first = a.flush('f');
    a.schedule('f', '2');
    const second = a.flush('f');
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start 1']);
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start 1', 'end 1', 'start 2']);
    release();
    await second;
    expect(a.overall()).toBe('saved');
  });
  it('reports a failed save as error', async () => {
    const a = createAutosaver<string>({ delayMs: 10, save: async () => Promise.reject(new Error('x')) });
    a.schedule('f', 'v');
    await a.flush();
    expect(a.state('f')).toBe('error');
    expect(a.overall()).toBe('error');
  });
});
