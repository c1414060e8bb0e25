// The editor tab strip: ordered tabs, drag-and-drop reorder, arrow-key navigation.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import type { TabId } from '../state/tabs';
import { activateTab, moveTab, workbench } from '../state/workbench-store';
import { EditorTab } from './EditorTab';

export function TabBar() {
  const { t } = useTranslation();
  const tabs = useStore(workbench, (s) => s.tabs);
  const activeTab = useStore(workbench, (s) => s.activeTab);
  const stripRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!activeTab) return;
    stripRef.current?.querySelector(`[data-tab-id="${CSS.escape(activeTab)}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [activeTab, tabs]);

  const onDropTab = (dragged: TabId, target: TabId, after: boolean) => {
    if (dragged === target) return;
    const without = tabs.filter((x) => x !== dragged);
    const index = without.indexOf(target) + (after ? 1 : 0);
    moveTab(dragged, index);
    activateTab(dragged);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!activeTab || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    const i = tabs.indexOf(activeTab);
    const next = tabs[i + (e.key === 'ArrowRight' ? 1 : -1)];
    if (!next) return;
    e.preventDefault();
    activateTab(next);
    requestAnimationFrame(() => stripRef.current?.querySelector<HTMLElement>(`[data-tab-id="${CSS.escape(next)}"]`)?.focus());
  };

  if (tabs.length === 0) return null;
  return (
    <div ref={stripRef} className="tabs" role="tablist" aria-label={t('editor.tabs')} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <EditorTab key={tab} tab={tab} active={tab === activeTab} onDropTab={onDropTab} />
      ))}
      <div className="tabs-filler" />
    </div>
  );
}
