// The workbench store and its plain actions (no dialogs or API calls here).
import { createStore } from './store';
import { cycleTab, moveTabBy, moveTabTo, neighbourAfterClose, type TabId } from './tabs';
import { DEFAULT_LAYOUT, defaultWorkbenchState, type ThemeSetting, type ViewId, type WorkbenchState } from './workbench-state';
import type { Language } from '../i18n/language';

export const workbench = createStore<WorkbenchState>(defaultWorkbenchState('en'));

export function openTab(tab: TabId): void {
  workbench.set((s) => ({
    ...s,
    tabs: s.tabs.includes(tab) ? s.tabs : insertAfterActive(s.tabs, s.activeTab, tab),
    activeTab: tab,
  }));
}

function insertAfterActive(tabs: TabId[], active: TabId | null, tab: TabId): TabId[] {
  const i = active ? tabs.indexOf(active) : -1;
  const next = [...tabs];
  next.splice(i < 0 ? next.length : i + 1, 0, tab);
  return next;
}

export function activateTab(tab: TabId): void {
  workbench.set({ activeTab: tab });
}

/** Removes a tab without asking anything; callers check for unsaved changes first. */
export function removeTab(tab: TabId): void {
  workbench.set((s) => {
    if (!s.tabs.includes(tab)) return s;
    const activeTab = s.activeTab === tab ? neighbourAfterClose(s.tabs, tab) : s.activeTab;
    return { ...s, tabs: s.tabs.filter((t) => t !== tab), activeTab };
  });
}

export function moveActiveTab(delta: number): void {
  workbench.set((s) => (s.activeTab ? { ...s, tabs: moveTabBy(s.tabs, s.activeTab, delta) } : s));
}

export function moveTab(tab: TabId, targetIndex: number): void {
  workbench.set((s) => ({ ...s, tabs: moveTabTo(s.tabs, tab, targetIndex) }));
}

export function cycleActiveTab(delta: number): void {
  workbench.set((s) => ({ ...s, activeTab: cycleTab(s.tabs, s.activeTab, delta) }));
}

/** Activity bar click: switch view, or toggle the side bar when the view is already active. */
export function clickView(view: ViewId): void {
  workbench.set((s) =>
    s.activeView === view && s.sidebarVisible
      ? { ...s, sidebarVisible: false }
      : { ...s, activeView: view, sidebarVisible: true },
  );
}

/** Command "show view": always shows it. */
export function showView(view: ViewId): void {
  workbench.set({ activeView: view, sidebarVisible: true });
}

export function toggleSidebar(): void {
  workbench.set((s) => ({ ...s, sidebarVisible: !s.sidebarVisible }));
}

export function togglePanel(): void {
  workbench.set((s) => ({ ...s, panelVisible: !s.panelVisible }));
}

export function showPanelTab(panelTab: string): void {
  workbench.set({ panelVisible: true, panelTab });
}

export function resetLayout(): void {
  workbench.set((s) => ({ ...s, ...DEFAULT_LAYOUT, activeView: s.activeView, layoutEpoch: s.layoutEpoch + 1 }));
}

export function setSizes(sizes: { sidebarSize?: number; panelSize?: number }): void {
  workbench.set((s) => {
    const sidebarSize = sizes.sidebarSize ?? s.sidebarSize;
    const panelSize = sizes.panelSize ?? s.panelSize;
    if (Math.abs(sidebarSize - s.sidebarSize) < 0.05 && Math.abs(panelSize - s.panelSize) < 0.05) return s;
    return { ...s, sidebarSize, panelSize };
  });
}

export function setTheme(theme: ThemeSetting): void {
  workbench.set({ theme });
}

export function setLanguage(language: Language): void {
  workbench.set({ language });
}

export function setExplorerSort(explorerSort: WorkbenchState['explorerSort']): void {
  workbench.set({ explorerSort });
}

export function setDomainExpanded(domainId: string, expanded: boolean): void {
  workbench.set((s) => {
    const has = s.expandedDomains.includes(domainId);
    if (has === expanded) return s;
    const expandedDomains = expanded ? [...s.expandedDomains, domainId] : s.expandedDomains.filter((d) => d !== domainId);
    return { ...s, expandedDomains };
  });
}

export function collapseAllDomains(): void {
  workbench.set({ expandedDomains: [] });
}

export function selectDomain(selectedDomainId: string | null): void {
  workbench.set({ selectedDomainId });
}
