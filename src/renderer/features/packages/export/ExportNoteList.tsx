// The notes of the export preview, one row each with a checkbox (unticked = excluded); virtualized for 10,000+ notes,
// arrow keys move between rows and Space toggles.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportPreview } from '../../../../common/api/methods/packages';
import { formatBytes } from './export-selection';

type PreviewNote = ExportPreview['notes'][number];

const ROW_HEIGHT = 24;

interface ExportNoteListProps {
  notes: PreviewNote[];
  excluded: ReadonlySet<string>;
  /** Notes the current (with exclusions) preview still holds; null while it is not known. */
  kept: ReadonlySet<string> | null;
  domainNames: ReadonlyMap<string, string>;
  disabled: boolean;
  onToggle(ids: string[], include: boolean): void;
}

export function ExportNoteList({ notes, excluded, kept, domainNames, disabled, onToggle }: ExportNoteListProps) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  const virtualizer = useVirtualizer({ count: notes.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const rows = virtualizer.getVirtualItems();

  const excludedShown = notes.reduce((n, note) => n + (excluded.has(note.id) ? 1 : 0), 0);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = excludedShown > 0 && excludedShown < notes.length;
  }, [excludedShown, notes.length]);

  const focusRow = (index: number) => {
    const i = Math.max(0, Math.min(notes.length - 1, index));
    virtualizer.scrollToIndex(i, { align: 'auto' });
    const tryFocus = (attempt: number) => {
      const box = scrollRef.current?.querySelector<HTMLInputElement>(`[data-index="${i}"] input`);
      if (box) box.focus();
      else if (attempt < 5) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    tryFocus(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const target =
      e.key === 'ArrowDown' ? index + 1
      : e.key === 'ArrowUp' ? index - 1
      : e.key === 'PageDown' ? index + page
      : e.key === 'PageUp' ? index - page
      : e.key === 'Home' ? 0
      : e.key === 'End' ? notes.length - 1
      : null;
    if (target === null) return;
    e.preventDefault();
    focusRow(target);
  };

  const onRowClick = (e: MouseEvent<HTMLDivElement>, note: PreviewNote) => {
    if (disabled || (e.target as HTMLElement).closest('input')) return;
    onToggle([note.id], excluded.has(note.id));
  };

  return (
    <div className="export-notes">
      <div className="export-notes-head" role="presentation">
        <input
          ref={allRef}
          type="checkbox"
          aria-label={t('packageExport.includeAll')}
          title={t('packageExport.includeAll')}
          checked={notes.length > 0 && excludedShown === 0}
          disabled={disabled || notes.length === 0}
          onChange={(e) => onToggle(notes.map((n) => n.id), e.target.checked)}
          data-testid="export-include-all"
        />
        <span className="export-col-title">{t('packageExport.colTitle')}</span>
        <span className="export-col-domain">{t('packageExport.colDomain')}</span>
        <span className="export-col-reason">{t('packageExport.colReason')}</span>
        <span className="export-col-size">{t('packageExport.colSize')}</span>
      </div>
      <div ref={scrollRef} className="export-notes-scroll" data-testid="export-notes" onKeyDown={onKeyDown}>
        {notes.length === 0 && <div className="export-muted export-empty">{t('packageExport.noNotes')}</div>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((v) => {
            const note = notes[v.index];
            const included = !excluded.has(note.id);
            const dropped = included && kept !== null && !kept.has(note.id);
            const titleId = `export-note-title-${v.index}`;
            return (
              <div
                key={note.id}
                className={`export-note-row${included ? '' : ' excluded'}${dropped ? ' dropped' : ''}`}
                data-testid="export-note"
                data-note-id={note.id}
                data-index={v.index}
                data-included={included && !dropped}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                onClick={(e) => onRowClick(e, note)}
              >
                <input
                  type="checkbox"
                  checked={included}
                  disabled={disabled}
                  aria-label={t('packageExport.includeNote')}
                  aria-describedby={titleId}
                  onChange={(e) => onToggle([note.id], e.target.checked)}
                />
                <span id={titleId} className="export-col-title" title={note.title}>
                  {note.title}
                </span>
                <span className="export-col-domain">{domainNames.get(note.domainId) ?? ''}</span>
                <span className="export-col-reason">
                  <span className={`chip export-reason-${note.reason}`} title={dropped ? t('packageExport.droppedHint') : undefined}>
                    {dropped ? t('packageExport.reason.dropped') : t(`packageExport.reason.${note.reason}`)}
                  </span>
                </span>
                <span className="export-col-size">{formatBytes(note.bytes, i18n.language)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
