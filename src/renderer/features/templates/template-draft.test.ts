// Pure template edits: ids, type parts, reordering and removals that leave no dangling references.
import { describe, expect, it } from 'vitest';
import { blankField, blankTemplate, freeId, move, removeField, removePhase, withTypeParts } from './template-draft';

describe('template draft edits', () => {
  it('finds a free id', () => {
    expect(freeId('phase', ['phase-1'])).toBe('phase-2');
    expect(freeId('phase', ['phase-2', 'x'])).toBe('phase-3');
  });
  it('gives each field type its parts and drops the others', () => {
    const choice = withTypeParts({ ...blankField('f'), type: 'choice' });
    expect(choice.options).toHaveLength(1);
    const table = withTypeParts({ ...choice, type: 'table' });
    expect(table.options).toBeUndefined();
    expect(table.columns?.[0].type).toBe('shortText');
    expect(withTypeParts({ ...table, type: 'checklist' }).items).toHaveLength(1);
  });
  it('moves items within bounds', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
  });
  it('removes a phase and every "after" reference to it', () => {
    const t = blankTemplate('x');
    const two = { ...t, phases: [t.phases[0], { ...t.phases[0], id: 'p2', after: ['phase-1'] }] };
    const out = removePhase(two, 0);
    expect(out.phases.map((p) => p.id)).toEqual(['p2']);
    expect(out.phases[0].after).toEqual([]);
  });
  it('removes a field from the gate too', () => {
    const p = { ...blankTemplate('x').phases[0], gate: { requiredFields: ['notes'] } };
    const out = removeField(p, 0);
    expect(out.fields).toEqual([]);
    expect(out.gate.requiredFields).toEqual([]);
  });
});
