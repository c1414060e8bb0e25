// The package's notes with their status (virtualized: a package may hold many thousands); arrows move the selection.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportNotePreview } from '../../../../common/api/methods/packages';
import { effectiveChoice, patchSession, type ImportSession } from './import-store';

const ROW_HEIGHT = 44;

export function ImportNoteList({ session, notes }: { session: ImportSession; notes: ImportNotePreview[] }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: notes.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const selectedIndex = notes.findIndex((n) => n.sourceId === session.selected);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const select = (i: number) => {
    const note = notes[Math.max(0, Math.min(notes.length - 1, i))];
    if (note) patchSession(session.id, { selected: note.sourceId });
  };

  if (notes.length === 0) return <div className="import-list import-list-empty muted">{t('packageImport.noneWithStatus')}</div>;
  return (
    <div
      ref={scrollRef}
      className="import-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('packageImport.notes')}
      aria-activedescendant={selectedIndex >= 0 ? `import-row-${session.id}-${selectedIndex}` : undefined}
      data-testid="import-note-list"
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          select((selectedIndex < 0 ? -1 : selectedIndex) + (e.key === 'ArrowDown' ? 1 : -1));
        }
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const note = notes[item.index];
          const choice = effectiveChoice(session, note.sourceId, note.status);
          return (
            <div
              key={note.sourceId}
              id={`import-row-${session.id}-${item.index}`}
              role="option"
              aria-selected={note.sourceId === session.selected}
              className={`import-row${note.sourceId === session.selected ? ' selected' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              data-testid="import-note"
              data-source-id={note.sourceId}
              data-status={note.status}
              data-choice={choice ?? undefined}
              onClick={() => select(item.index)}
            >
              <span className="import-row-title">{note.title}</span>
              <span className="import-row-detail">
                <span className={`status-badge status-${note.status}`}>{t(`packageImport.status.${note.status}`)}</span>
                {choice && <span className="muted">{t(`packageImport.choice.${choice}`)}</span>}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
