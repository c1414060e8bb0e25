// One row of the explorer tree: a domain (note count, rename/archive actions) or a note (title and kind).
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteSummary } from '../../../common/api/types';
import { Icon } from '../../icons/Icon';
import { useStore } from '../../state/store';
import { makeTabId } from '../../state/tabs';
import { workbench } from '../../state/workbench-store';
import { IconButton } from '../../workbench/ViewHeader';
import { archiveDomainInteractive, renameDomainInteractive } from './domain-actions';
import type { RowRef } from './explorer-rows';

export function ExplorerRow({
  row,
  rowIndex,
  note,
  focused,
  expanded,
  style,
  onActivate,
}: {
  row: RowRef;
  rowIndex: number;
  note: NoteSummary | null;
  focused: boolean;
  expanded: boolean;
  style: CSSProperties;
  onActivate(index: number): void;
}) {
  const { t } = useTranslation();
  const activeTab = useStore(workbench, (s) => s.activeTab);
  const selectedDomainId = useStore(workbench, (s) => s.selectedDomainId);
  const id = `explorer-row-${rowIndex}`;

  if (row.type === 'message') {
    return (
      <div className="tree-row tree-row-message depth-1" role="none" style={style}>
        {row.kind === 'loading' ? t('common.loading') : t('explorer.noNotes')}
      </div>
    );
  }

  if (row.type === 'domain') {
    const { domain } = row;
    return (
      <div
        id={id}
        className={`tree-row depth-0${focused ? ' focused' : ''}${selectedDomainId === domain.id ? ' selected-domain' : ''}${domain.archived ? ' archived' : ''}`}
        role="treeitem"
        aria-expanded={expanded}
        aria-level={1}
        data-domain-id={domain.id}
        title={domain.description || domain.name}
        style={style}
        onClick={() => onActivate(rowIndex)}
      >
        <Icon name={expanded ? 'chevronDown' : 'chevronRight'} className="twistie" />
        <span className="tree-label">{domain.name}</span>
        {domain.archived && <span className="tree-detail">{t('explorer.archived')}</span>}
        <span className="row-actions" onClick={(e) => e.stopPropagation()}>
          <IconButton icon="edit" label={t('commands.renameDomain')} onClick={() => void renameDomainInteractive(domain)} data-action="rename-domain" />
          <IconButton
            icon="archive"
            label={domain.archived ? t('commands.unarchiveDomain') : t('commands.archiveDomain')}
            onClick={() => void archiveDomainInteractive(domain)}
            data-action="archive-domain"
          />
        </span>
        <span className="badge" aria-label={t('explorer.noteCount', { count: domain.noteCount })}>
          {domain.noteCount}
        </span>
      </div>
    );
  }

  if (!note) {
    return (
      <div className="tree-row depth-1 placeholder" role="none" style={style}>
        <span className="tree-placeholder" />
      </div>
    );
  }
  const active = activeTab === makeTabId('note', note.id);
  return (
    <div
      id={id}
      className={`tree-row depth-1${focused ? ' focused' : ''}${active ? ' active' : ''}`}
      role="treeitem"
      aria-level={2}
      aria-selected={active}
      data-note-id={note.id}
      title={note.title}
      style={style}
      onClick={() => onActivate(rowIndex)}
    >
      <Icon name="note" className="row-icon" />
      <span className="tree-label">{note.title}</span>
      <span className="tree-detail">{t(`kinds.${note.kind}`)}</span>
    </div>
  );
}
