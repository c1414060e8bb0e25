// One row of the explorer tree: a domain (with note count) or a note (title and kind).
import { useTranslation } from 'react-i18next';
import { Icon } from '../../icons/Icon';
import { useStore } from '../../state/store';
import { makeTabId } from '../../state/tabs';
import { workbench } from '../../state/workbench-store';
import type { ExplorerItem } from './explorer-items';

export function ExplorerRow({
  item,
  focused,
  onActivate,
}: {
  item: ExplorerItem;
  focused: boolean;
  onActivate(item: ExplorerItem): void;
}) {
  const { t } = useTranslation();
  const activeTab = useStore(workbench, (s) => s.activeTab);
  const selectedDomainId = useStore(workbench, (s) => s.selectedDomainId);
  const id = `explorer-${item.key}`;

  if (item.type === 'loading' || item.type === 'empty') {
    return (
      <div className="tree-row tree-row-message depth-1" role="none">
        {item.type === 'loading' ? t('common.loading') : t('explorer.noNotes')}
      </div>
    );
  }

  if (item.type === 'domain') {
    const { domain } = item;
    return (
      <div
        id={id}
        data-key={item.key}
        className={`tree-row depth-0${focused ? ' focused' : ''}${selectedDomainId === domain.id ? ' selected-domain' : ''}`}
        role="treeitem"
        aria-expanded={item.expanded}
        aria-level={1}
        data-domain-id={domain.id}
        title={domain.description || domain.name}
        onClick={() => onActivate(item)}
      >
        <Icon name={item.expanded ? 'chevronDown' : 'chevronRight'} className="twistie" />
        <span className="tree-label">{domain.name}</span>
        <span className="badge" aria-label={t('explorer.noteCount', { count: domain.noteCount })}>
          {domain.noteCount}
        </span>
      </div>
    );
  }

  const { note } = item;
  const active = activeTab === makeTabId('note', note.id);
  return (
    <div
      id={id}
      data-key={item.key}
      className={`tree-row depth-1${focused ? ' focused' : ''}${active ? ' active' : ''}`}
      role="treeitem"
      aria-level={2}
      aria-selected={active}
      data-note-id={note.id}
      title={note.title}
      onClick={() => onActivate(item)}
    >
      <Icon name="note" className="row-icon" />
      <span className="tree-label">{note.title}</span>
      <span className="tree-detail">{t(`kinds.${note.kind}`)}</span>
    </div>
  );
}
