// Converts the workbench state to the persisted UiState (ui.setState) and back, validating every field.
import type { UiState } from '../../common/api/types';
import { isLanguage, type Language } from '../i18n/language';
import { isValidTabId } from './tabs';
import {
  THEME_SETTINGS,
  VIEW_IDS,
  defaultWorkbenchState,
  type ThemeSetting,
  type ViewId,
  type WorkbenchState,
} from './workbench-state';

export const UI_STATE_VERSION = 1;

/** The fields that are saved; everything else in WorkbenchState is session-only. */
export function toUiState(s: WorkbenchState): UiState {
  return {
    version: UI_STATE_VERSION,
    tabs: s.tabs,
    activeTab: s.activeTab,
    activeView: s.activeView,
    sidebarVisible: s.sidebarVisible,
    panelVisible: s.panelVisible,
    sidebarSize: s.sidebarSize,
    panelSize: s.panelSize,
    panelTab: s.panelTab,
    theme: s.theme,
    language: s.language,
    explorerSort: s.explorerSort,
    expandedDomains: s.expandedDomains,
    selectedDomainId: s.selectedDomainId,
  };
}

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 5 && v <= 90;

/** Builds the start state from a saved UiState (or null); bad or missing fields fall back to defaults. */
export function fromUiState(raw: UiState | null, fallbackLanguage: Language): WorkbenchState {
  const d = defaultWorkbenchState(fallbackLanguage);
  if (!raw || typeof raw !== 'object') return d;
  const tabs = Array.isArray(raw.tabs) ? [...new Set(raw.tabs.filter(isValidTabId))].slice(0, 100) : d.tabs;
  const activeTab = typeof raw.activeTab === 'string' && tabs.includes(raw.activeTab) ? raw.activeTab : (tabs[0] ?? null);
  return {
    ...d,
    tabs,
    activeTab,
    activeView: (VIEW_IDS as readonly unknown[]).includes(raw.activeView) ? (raw.activeView as ViewId) : d.activeView,
    sidebarVisible: isBool(raw.sidebarVisible) ? raw.sidebarVisible : d.sidebarVisible,
    panelVisible: isBool(raw.panelVisible) ? raw.panelVisible : d.panelVisible,
    sidebarSize: isSize(raw.sidebarSize) ? raw.sidebarSize : d.sidebarSize,
    panelSize: isSize(raw.panelSize) ? raw.panelSize : d.panelSize,
    panelTab: typeof raw.panelTab === 'string' ? raw.panelTab : d.panelTab,
    theme: (THEME_SETTINGS as readonly unknown[]).includes(raw.theme) ? (raw.theme as ThemeSetting) : d.theme,
    language: isLanguage(raw.language) ? raw.language : d.language,
    explorerSort: raw.explorerSort === 'updated' ? 'updated' : 'title',
    expandedDomains: Array.isArray(raw.expandedDomains)
      ? raw.expandedDomains.filter((x): x is string => typeof x === 'string').slice(0, 500)
      : d.expandedDomains,
    selectedDomainId: typeof raw.selectedDomainId === 'string' ? raw.selectedDomainId : null,
  };
}

/** Whether the saved language was chosen explicitly (so navigator.language must not override it). */
export function savedLanguage(raw: UiState | null): Language | null {
  return raw && isLanguage(raw.language) ? raw.language : null;
}
