// Unit tests for the pure tab-list functions.
import { describe, expect, it } from 'vitest';
import { cycleTab, isValidTabId, makeTabId, moveTabBy, moveTabTo, neighbourAfterClose, parseTabId } from './tabs';

describe('tab ids', () => {
  it('round-trips kind and id, keeping colons inside the id', () => {
    expect(parseTabId(makeTabId('note', 'a:b'))).toEqual({ kind: 'note', id: 'a:b' });
    expect(parseTabId('plan:p1')).toEqual({ kind: 'plan', id: 'p1' });
  });
  it('rejects unknown kinds and empty ids', () => {
    expect(parseTabId('file:x')).toBeNull();
    expect(parseTabId('note:')).toBeNull();
    expect(parseTabId('nocolon')).toBeNull();
  });
  it('parses package preview tabs but never restores them (their staged upload is gone after a reload)', () => {
    expect(parseTabId('package:imp-1')).toEqual({ kind: 'package', id: 'imp-1' });
    expect(isValidTabId('package:imp-1')).toBe(false);
    expect(isValidTabId('note:n1')).toBe(true);
  });

  it('parses and restores the graph and sharing network tabs', () => {
    expect(parseTabId('graph:note:n1')).toEqual({ kind: 'graph', id: 'note:n1' });
    expect(parseTabId('network:community')).toEqual({ kind: 'network', id: 'community' });
    expect(isValidTabId('network:community')).toBe(true);
    expect(isValidTabId('graph:global')).toBe(true);
  });
});

describe('tab order', () => {
  const tabs = ['a', 'b', 'c', 'd'];
  it('moves a tab left and right, clamped at the ends', () => {
    expect(moveTabBy(tabs, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveTabBy(tabs, 'c', 1)).toEqual(['a', 'b', 'd', 'c']);
    expect(moveTabBy(tabs, 'a', -1)).toBe(tabs);
  });
  it('moves a tab to an index of the resulting list', () => {
    expect(moveTabTo(tabs, 'a', 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveTabTo(tabs, 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('cycles with wrap-around', () => {
    expect(cycleTab(tabs, 'd', 1)).toBe('a');
    expect(cycleTab(tabs, 'a', -1)).toBe('d');
    expect(cycleTab([], null, 1)).toBeNull();
  });
  it('activates the right neighbour after a close, else the left one', () => {
    expect(neighbourAfterClose(tabs, 'b')).toBe('c');
    expect(neighbourAfterClose(tabs, 'd')).toBe('c');
    expect(neighbourAfterClose(['a'], 'a')).toBeNull();
  });
});
