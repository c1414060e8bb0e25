// Explorer view: the workspace's domains, expandable to their notes, with sort and keyboard navigation.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { executeCommand } from '../../commands/registry';
import { Icon } from '../../icons/Icon';
import { data, loadDomainNotes } from '../../state/data-store';
import { useStore } from '../../state/store';
import {
  collapseAllDomains,
  selectDomain,
  setDomainExpanded,
  setExplorerSort,
  workbench,
} from '../../state/workbench-store';
import { openNote } from '../../workbench/tab-actions';
import { ViewHeader } from '../../workbench/ViewHeader';
import { explorerItems, type ExplorerItem } from './explorer-items';
import { ExplorerRow } from './ExplorerRow';

export function ExplorerView() {
  const { t, i18n } = useTranslation();
  const info = useStore(data, (s) => s.info);
  const domains = useStore(data, (s) => s.domains);
  const notesByDomain = useStore(data, (s) => s.notesByDomain);
  const expanded = useStore(workbench, (s) => s.expandedDomains);
  const sort = useStore(workbench, (s) => s.explorerSort);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const requested = useRef(new Set<string>());
  const treeRef = useRef<HTMLDivElement>(null);

  const items = useMemo(
    () => (domains ? explorerItems(domains, notesByDomain, expanded, sort, i18n.language) : []),
    [domains, notesByDomain, expanded, sort, i18n.language],
  );

  useEffect(() => {
    for (const id of expanded) {
      if (!notesByDomain[id] && !requested.current.has(id)) {
        requested.current.add(id);
        void loadDomainNotes(id).finally(() => requested.current.delete(id));
      }
    }
  }, [expanded, notesByDomain]);

  useEffect(() => {
    if (!focusKey) return;
    treeRef.current?.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [focusKey]);

  const activate = (item: ExplorerItem) => {
    setFocusKey(item.key);
    if (item.type === 'domain') {
      selectDomain(item.domain.id);
      setDomainExpanded(item.domain.id, !item.expanded);
    } else if (item.type === 'note') {
      selectDomain(item.domainId);
      openNote(item.note.id);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const navigable = items.filter((i) => i.type === 'domain' || i.type === 'note');
    if (navigable.length === 0) return;
    const index = navigable.findIndex((i) => i.key === focusKey);
    const current = navigable[index] as ExplorerItem | undefined;
    const move = (to: number) => setFocusKey(navigable[Math.max(0, Math.min(navigable.length - 1, to))].key);
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index < 0 ? 0 : index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(navigable.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      if (current) activate(current);
    } else if (e.key === 'ArrowRight' && current?.type === 'domain') {
      if (!current.expanded) setDomainExpanded(current.domain.id, true);
      else move(index + 1);
    } else if (e.key === 'ArrowLeft' && current) {
      if (current.type === 'domain' && current.expanded) setDomainExpanded(current.domain.id, false);
      else if (current.type === 'note') setFocusKey(`d:${current.domainId}`);
    } else return;
    e.preventDefault();
  };

  return (
    <div className="view explorer-view" data-testid="explorer">
      <ViewHeader
        title={t('views.explorer')}
        actions={[
          { id: 'new-note', icon: 'newFile', label: t('commands.newNote'), run: () => void executeCommand('notes.create') },
          {
            id: 'sort',
            icon: sort === 'title' ? 'sortTitle' : 'sortTime',
            label: sort === 'title' ? t('explorer.sortByUpdated') : t('explorer.sortByTitle'),
            run: () => setExplorerSort(sort === 'title' ? 'updated' : 'title'),
          },
          { id: 'refresh', icon: 'refresh', label: t('commands.refreshWorkspace'), run: () => void executeCommand('workspace.refresh') },
          { id: 'collapse', icon: 'collapseAll', label: t('explorer.collapseAll'), run: collapseAllDomains },
        ]}
      />
      <div className="section-header" data-testid="explorer-workspace" title={info?.path ?? ''}>
        <Icon name="folder" />
        <span className="section-title">{info?.name ?? t('common.loading')}</span>
        <span className="section-sort-hint">{sort === 'title' ? t('explorer.sortedByTitle') : t('explorer.sortedByUpdated')}</span>
      </div>
      <div
        ref={treeRef}
        className="tree"
        role="tree"
        tabIndex={0}
        aria-label={t('views.explorer')}
        aria-activedescendant={focusKey ? `explorer-${focusKey}` : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (!focusKey && items[0]) setFocusKey(items[0].key);
        }}
      >
        {!domains && <div className="tree-message">{t('common.loading')}</div>}
        {domains?.length === 0 && <div className="tree-message">{t('explorer.noDomains')}</div>}
        {items.map((item) => (
          <ExplorerRow key={item.key} item={item} focused={item.key === focusKey} onActivate={activate} />
        ))}
      </div>
    </div>
  );
}
