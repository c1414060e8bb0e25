// One editor tab: icon, title, close button (● when dirty), middle-click close and drag to reorder.
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../icons/Icon';
import type { TabId } from '../state/tabs';
import { activateTab } from '../state/workbench-store';
import { closeTab } from './tab-actions';
import { useTabInfo } from './tab-title';

export const TAB_DRAG_TYPE = 'application/x-copw-tab';

export function EditorTab({ tab, active, onDropTab }: { tab: TabId; active: boolean; onDropTab(dragged: TabId, before: TabId, after: boolean): void }) {
  const { t } = useTranslation();
  const info = useTabInfo(tab);
  const [dropSide, setDropSide] = useState<'before' | 'after' | null>(null);
  const title = info.title ?? t('common.loading');

  const sideOf = (e: DragEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return e.clientX > rect.left + rect.width / 2 ? 'after' : 'before';
  };

  return (
    <div
      className={`tab${active ? ' active' : ''}${info.dirty ? ' dirty' : ''}${dropSide ? ` drop-${dropSide}` : ''}`}
      role="tab"
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      data-tab-id={tab}
      data-dirty={info.dirty ? 'true' : undefined}
      title={title}
      draggable
      onClick={() => activateTab(tab)}
      onMouseDown={(e) => {
        if (e.button === 1) e.preventDefault();
      }}
      onAuxClick={(e) => {
        if (e.button === 1) {
          e.preventDefault();
          void closeTab(tab);
        }
      }}
      onDragStart={(e) => {
        e.dataTransfer.setData(TAB_DRAG_TYPE, tab);
        e.dataTransfer.setData('text/plain', title);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(TAB_DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setDropSide(sideOf(e));
      }}
      onDragLeave={() => setDropSide(null)}
      onDrop={(e) => {
        const dragged = e.dataTransfer.getData(TAB_DRAG_TYPE);
        setDropSide(null);
        if (!dragged) return;
        e.preventDefault();
        onDropTab(dragged, tab, sideOf(e) === 'after');
      }}
    >
      <Icon name={info.icon} className="tab-icon" />
      <span className="tab-label">{title}</span>
      <button
        type="button"
        className="tab-close"
        aria-label={info.dirty ? t('editor.closeDirtyTab', { title }) : t('editor.closeTab', { title })}
        title={t('commands.closeEditor')}
        tabIndex={-1}
        draggable={false}
        onClick={(e) => {
          e.stopPropagation();
          void closeTab(tab);
        }}
      >
        {info.dirty && (
          <span className="tab-dirty-dot" aria-hidden="true">
            ●
          </span>
        )}
        <Icon name="close" className="tab-close-icon" />
      </button>
    </div>
  );
}
