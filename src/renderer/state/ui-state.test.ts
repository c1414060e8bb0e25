// Unit tests for saving and restoring the workbench UI state.
import { describe, expect, it } from 'vitest';
import { fromUiState, toUiState } from './ui-state';
import { defaultWorkbenchState } from './workbench-state';

describe('ui state', () => {
  it('round-trips the persisted fields', () => {
    const s = { ...defaultWorkbenchState('en'), tabs: ['note:1', 'plan:2'], activeTab: 'plan:2', theme: 'dark' as const, language: 'id' as const, sidebarVisible: false };
    const back = fromUiState(toUiState(s), 'en');
    expect(back).toMatchObject({ tabs: ['note:1', 'plan:2'], activeTab: 'plan:2', theme: 'dark', language: 'id', sidebarVisible: false });
  });
  it('falls back to defaults for missing or bad fields', () => {
    const back = fromUiState({ tabs: ['note:1', 'bogus', 'note:1', 7], activeTab: 'member:x', theme: 'purple', sidebarSize: 500, activeView: 'nope' }, 'id');
    expect(back.tabs).toEqual(['note:1']);
    expect(back.activeTab).toBe('note:1');
    expect(back.theme).toBe('system');
    expect(back.language).toBe('id');
    expect(back.sidebarSize).toBe(defaultWorkbenchState('id').sidebarSize);
    expect(back.activeView).toBe('explorer');
  });
  it('starts from defaults without a saved state', () => {
    expect(fromUiState(null, 'en')).toEqual(defaultWorkbenchState('en'));
  });
});
