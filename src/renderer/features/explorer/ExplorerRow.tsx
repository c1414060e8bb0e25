// One row of the explorer tree: a domain (note count, rename/archive actions) or a note (title and kind).
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteSummary } from '../../../common/api/types';
import { Icon } from '../../icons/Icon';
import { useStore } from '../../state/store';
import { makeTabId } from '../../state/tabs';
import { workbench } from '../../state/workbench-store';
import { IconButton } from '../../workbench/ViewHeader';
import { archiveDomainInteractive, exportDomainAsPackage, renameDomainInteractive } from './domain-actions';
import type { RowRef } from './explorer-rows';

interface ExplorerRowProps {
  row: RowRef;
  rowIndex: number;
  note: NoteSummary | null;
  focused: boolean;
  expanded: boolean;
  /** Offset of the row in the virtual list, in pixels. */
  top: number;
  height: number;
  onActivate(index: number): void;
}

/** Same row content: `row` is rebuilt on every render of the list, so it is compared by what it shows. */
function sameRow(a: ExplorerRowProps, b: ExplorerRowProps): boolean {
  const sameRef = a.row.type === b.row.type && a.row.domain === b.row.domain && (a.row.type !== 'message' || b.row.type !== 'message' || a.row.kind === b.row.kind);
  return (
    sameRef &&
    a.rowIndex === b.rowIndex &&
    a.note === b.note &&
    a.focused === b.focused &&
    a.expanded === b.expanded &&
    a.top === b.top &&
    a.height === b.height &&
    a.onActivate === b.onActivate
  );
}

/** Memoised: while scrolling, rows that stay in view (same note, same place) are not rendered again. */
export const ExplorerRow = memo(function ExplorerRow({
  row,
  rowIndex,
  note,
  focused,
  expanded,
  top,
  height,
  onActivate,
}: ExplorerRowProps) {
  const style: CSSProperties = { position: 'absolute', top: 0, left: 0, right: 0, height, transform: `translateY(${top}px)` };
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
          <IconButton icon="packageExport" label={t('packageExport.exportDomain')} onClick={() => exportDomainAsPackage(domain)} data-action="export-domain" />
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
}, sameRow);
