// Shape and defaults of the workbench state: tabs, views, layout, theme and language.
import type { Language } from '../i18n/language';
import type { TabId } from './tabs';

export const VIEW_IDS = ['explorer', 'search', 'members', 'plans'] as const;
export type ViewId = (typeof VIEW_IDS)[number];
export const THEME_SETTINGS = ['light', 'dark', 'system'] as const;
export type ThemeSetting = (typeof THEME_SETTINGS)[number];
export type ExplorerSort = 'title' | 'updated';

export interface WorkbenchState {
  tabs: TabId[];
  activeTab: TabId | null;
  activeView: ViewId;
  sidebarVisible: boolean;
  panelVisible: boolean;
  /** Side bar width as a percentage of the window. */
  sidebarSize: number;
  /** Panel height as a percentage of the editor column. */
  panelSize: number;
  panelTab: string;
  theme: ThemeSetting;
  language: Language;
  explorerSort: ExplorerSort;
  expandedDomains: string[];
  selectedDomainId: string | null;
  /** Bumped to remount the resizable layout with default sizes (not persisted). */
  layoutEpoch: number;
}

export const DEFAULT_LAYOUT = {
  activeView: 'explorer' as ViewId,
  sidebarVisible: true,
  panelVisible: true,
  sidebarSize: 24,
  panelSize: 26,
  panelTab: 'output',
};

export function defaultWorkbenchState(language: Language): WorkbenchState {
  return {
    ...DEFAULT_LAYOUT,
    tabs: [],
    activeTab: null,
    // Follow the OS until the user picks a theme.
    theme: 'system',
    language,
    explorerSort: 'title',
    expandedDomains: [],
    selectedDomainId: null,
    layoutEpoch: 0,
  };
}
