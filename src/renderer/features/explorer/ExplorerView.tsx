// Explorer view: domains expandable to their notes, paged from the service and virtualized (100,000 notes scroll smoothly).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { executeCommand } from '../../commands/registry';
import { Icon } from '../../icons/Icon';
import { data } from '../../state/data-store';
import { api } from '../../state/services';
import { useStore } from '../../state/store';
import { collapseAllDomains, selectDomain, setDomainExpanded, setExplorerSort, workbench } from '../../state/workbench-store';
import { openNote } from '../../workbench/tab-actions';
import { ViewHeader } from '../../workbench/ViewHeader';
import { createDomainInteractive } from './domain-actions';
import { layoutRows, rowAt } from './explorer-rows';
import { ExplorerRow } from './ExplorerRow';
import { ensurePage, invalidateNotePages, noteAt, notePages, PAGE_SIZE } from './note-pages';

const ROW_HEIGHT = 22;

export function ExplorerView() {
  const { t, i18n } = useTranslation();
  const info = useStore(data, (s) => s.info);
  const domains = useStore(data, (s) => s.domains);
  const byDomain = useStore(notePages, (s) => s.byDomain);
  const epoch = useStore(notePages, (s) => s.epoch);
  const expanded = useStore(workbench, (s) => s.expandedDomains);
  const sort = useStore(workbench, (s) => s.explorerSort);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const treeRef = useRef<HTMLDivElement>(null);

  const layout = useMemo(() => layoutRows(domains ?? [], expanded, byDomain), [domains, expanded, byDomain]);
  const virtualizer = useVirtualizer({ count: layout.count, getScrollElement: () => treeRef.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  const visible = virtualizer.getVirtualItems();

  // Notes changed anywhere: visible pages are fetched again (what is shown stays until they arrive).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const bump = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(invalidateNotePages, 200);
    };
    const offNotes = api().on('notes.changed', bump);
    const offDomains = api().on('domains.changed', bump);
    const offWorkspace = api().on('workspace.changed', bump);
    return () => {
      offNotes();
      offDomains();
      offWorkspace();
      if (timer) clearTimeout(timer);
    };
  }, []);

  // Expanded domains get their first page; visible rows get theirs.
  useEffect(() => {
    for (const id of expanded) void ensurePage(id, 0, sort, i18n.language);
  }, [expanded, sort, epoch, i18n.language]);
  const first = visible[0]?.index ?? 0;
  const last = visible[visible.length - 1]?.index ?? 0;
  useEffect(() => {
    const wanted = new Set<string>();
    for (let i = first; i <= last; i++) {
      const row = rowAt(layout, i, byDomain);
      if (row?.type === 'note') wanted.add(`${row.domain.id}\n${Math.floor(row.index / PAGE_SIZE)}`);
    }
    for (const key of wanted) {
      const [domainId, page] = key.split('\n');
      void ensurePage(domainId, Number(page), sort, i18n.language);
    }
  }, [first, last, layout, byDomain, sort, epoch, i18n.language]);

  useEffect(() => {
    if (focusIndex !== null) virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusIndex, virtualizer]);

  const activate = (index: number) => {
    setFocusIndex(index);
    const row = rowAt(layout, index, byDomain);
    if (row?.type === 'domain') {
      selectDomain(row.domain.id);
      setDomainExpanded(row.domain.id, !expanded.includes(row.domain.id));
    } else if (row?.type === 'note') {
      const note = noteAt(byDomain[row.domain.id], row.index);
      selectDomain(row.domain.id);
      if (note) openNote(note.id);
    }
  };

  // A stable callback for the memoised rows, always running the latest `activate`.
  const activateRef = useRef(activate);
  activateRef.current = activate;
  const onActivate = useCallback((index: number) => activateRef.current(index), []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (layout.count === 0) return;
    const index = focusIndex ?? -1;
    const current = index >= 0 ? rowAt(layout, index, byDomain) : null;
    const move = (to: number) => setFocusIndex(Math.max(0, Math.min(layout.count - 1, to)));
    const page = Math.max(1, Math.floor((treeRef.current?.clientHeight ?? 220) / ROW_HEIGHT) - 1);
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index < 0 ? 0 : index - 1);
    else if (e.key === 'PageDown') move(index + page);
    else if (e.key === 'PageUp') move(index - page);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(layout.count - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      if (index >= 0) activate(index);
    } else if (e.key === 'ArrowRight' && current?.type === 'domain') {
      if (!expanded.includes(current.domain.id)) setDomainExpanded(current.domain.id, true);
      else move(index + 1);
    } else if (e.key === 'ArrowLeft' && current) {
      if (current.type === 'domain' && expanded.includes(current.domain.id)) setDomainExpanded(current.domain.id, false);
      else if (current.type !== 'domain') move(layout.starts[layout.domains.indexOf(current.domain)]);
    } else return;
    e.preventDefault();
  };

  return (
    <div className="view explorer-view" data-testid="explorer">
      <ViewHeader
        title={t('views.explorer')}
        actions={[
          { id: 'new-note', icon: 'newFile', label: t('commands.newNote'), run: () => void executeCommand('notes.create') },
          { id: 'new-domain', icon: 'newFolder', label: t('commands.newDomain'), run: () => void createDomainInteractive() },
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
        aria-activedescendant={focusIndex !== null ? `explorer-row-${focusIndex}` : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (focusIndex === null && layout.count > 0) setFocusIndex(0);
        }}
      >
        {!domains && <div className="tree-message">{t('common.loading')}</div>}
        {domains?.length === 0 && <div className="tree-message">{t('explorer.noDomains')}</div>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {visible.map((v) => {
            const row = rowAt(layout, v.index, byDomain);
            if (!row) return null;
            const note = row.type === 'note' ? noteAt(byDomain[row.domain.id], row.index) : null;
            return (
              <ExplorerRow
                key={note ? `n:${note.id}` : `r:${v.index}`}
                row={row}
                rowIndex={v.index}
                note={note}
                focused={v.index === focusIndex}
                expanded={row.type === 'domain' && expanded.includes(row.domain.id)}
                top={v.start}
                height={ROW_HEIGHT}
                onActivate={onActivate}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
