// Unit tests of the keys graph layouts are remembered under.
import { describe, expect, it } from 'vitest';
import { globalLayoutScope, localLayoutScope } from './layout-scope';

const none = { domainId: '', kind: '', stage: '', tags: [] };

describe('graph layout scopes', () => {
  it('keeps the unfiltered and kind/stage keys, and adds sorted tags', () => {
    expect(globalLayoutScope(none)).toBe('global:all');
    expect(globalLayoutScope({ ...none, domainId: 'd1' })).toBe('global:d1');
    expect(globalLayoutScope({ ...none, kind: 'practice' })).toBe('global:all:practice:');
    expect(globalLayoutScope({ ...none, tags: ['slims', 'library'] })).toBe('global:all:::tags=library,slims');
    expect(globalLayoutScope({ ...none, tags: ['library', 'slims'] })).toBe(globalLayoutScope({ ...none, tags: ['slims', 'library'] }));
    expect(localLayoutScope('n1', 2)).toBe('local:n1:2');
  });

  it('folds a long tag list into a short stable key that still differs per list', () => {
    const many = Array.from({ length: 60 }, (_, i) => `tag-number-${i}`);
    const key = globalLayoutScope({ ...none, tags: many });
    expect(key.length).toBeLessThanOrEqual(300);
    expect(key).toBe(globalLayoutScope({ ...none, tags: [...many].reverse() }));
    expect(key).not.toBe(globalLayoutScope({ ...none, tags: many.slice(1) }));
  });
});
