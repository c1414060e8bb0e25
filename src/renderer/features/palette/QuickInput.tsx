// The quick input overlay: command palette (">" prefix, fuzzy-filtered here) and quick open of notes (matched by the server).
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IS_MAC } from '../../commands/platform';
import { executeCommand } from '../../commands/registry';
import { useStore } from '../../state/store';
import { openNote } from '../../workbench/tab-actions';
import { Highlight } from './Highlight';
import { commandItems, noteItems, type PaletteItem } from './palette-items';
import { closeQuickInput, COMMAND_PREFIX, quickInput, type QuickInputMode } from './quick-input-store';
import { useNoteMatches } from './use-note-matches';

export function QuickInput() {
  const open = useStore(quickInput, (s) => s.open);
  const openCount = useStore(quickInput, (s) => s.openCount);
  const initialMode = useStore(quickInput, (s) => s.mode);
  if (!open) return null;
  return <QuickInputBox key={openCount} initialMode={initialMode} />;
}

function QuickInputBox({ initialMode }: { initialMode: QuickInputMode }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState(initialMode);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const commandMode = mode === 'commands';
  const noteAnswer = useNoteMatches(query, !commandMode);
  /** Enter pressed before the rows for the typed query came: the first of them opens when they do. */
  const acceptOnAnswer = useRef(false);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (previous?.isConnected && (document.activeElement === document.body || !document.activeElement)) previous.focus();
    };
  }, []);

  const items = useMemo<PaletteItem[]>(
    () => (commandMode ? commandItems(query, t, IS_MAC) : noteItems(noteAnswer?.matches ?? [], t)),
    [commandMode, query, t, noteAnswer],
  );
  const answered = commandMode || noteAnswer?.query === query;
  const current = Math.min(selected, Math.max(0, items.length - 1));

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current, items]);

  const accept = (item: PaletteItem | undefined) => {
    if (!item) return;
    closeQuickInput();
    if (item.kind === 'note') openNote(item.id);
    else setTimeout(() => void executeCommand(item.id), 0);
  };

  useEffect(() => {
    if (!acceptOnAnswer.current || !answered) return;
    acceptOnAnswer.current = false;
    accept(items[0]);
  });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = items.length;
    if (e.key === 'ArrowDown') setSelected(count ? (current + 1) % count : 0);
    else if (e.key === 'ArrowUp') setSelected(count ? (current - 1 + count) % count : 0);
    else if (e.key === 'PageDown') setSelected(Math.min(count - 1, current + 10));
    else if (e.key === 'PageUp') setSelected(Math.max(0, current - 10));
    else if (e.key === 'Enter') {
      if (answered) accept(items[current]);
      else acceptOnAnswer.current = true;
    }
    else if (e.key === 'Escape') closeQuickInput();
    else if (e.key === 'Backspace' && commandMode && query === '') setMode('notes');
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const loading = !commandMode && !noteAnswer;
  return (
    <div className="quick-input-backdrop" onMouseDown={(e) => e.target === e.currentTarget && closeQuickInput()}>
      <div className="quick-input" data-testid="command-palette" data-mode={commandMode ? 'commands' : 'notes'} role="dialog" aria-label={commandMode ? t('palette.commandsLabel') : t('palette.notesLabel')}>
        <div className="quick-input-field">
          {commandMode && (
            <span className="quick-input-prefix" aria-hidden="true">
              {COMMAND_PREFIX}
            </span>
          )}
          <input
            className="quick-input-box"
            data-testid="quick-input"
            autoFocus
            value={query}
            placeholder={commandMode ? t('palette.commandsPlaceholder') : t('palette.notesPlaceholder')}
            aria-label={commandMode ? t('palette.commandsLabel') : t('palette.notesLabel')}
            role="combobox"
            aria-expanded="true"
            aria-controls="quick-input-list"
            aria-activedescendant={items[current] ? `quick-input-row-${current}` : undefined}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => {
              const text = e.target.value;
              if (!commandMode && text.startsWith(COMMAND_PREFIX)) {
                setMode('commands');
                setQuery(text.slice(COMMAND_PREFIX.length));
              } else setQuery(text);
              setSelected(0);
              acceptOnAnswer.current = false;
            }}
            onKeyDown={onKeyDown}
            onBlur={(e) => {
              if (!e.relatedTarget || !e.currentTarget.closest('.quick-input')?.contains(e.relatedTarget as Node)) closeQuickInput();
            }}
          />
        </div>
        <div ref={listRef} id="quick-input-list" className="quick-input-list" role="listbox">
          {loading && <div className="quick-input-message">{t('common.loading')}</div>}
          {!loading && items.length === 0 && (
            <div className="quick-input-message">{commandMode ? t('palette.noCommands') : t('palette.noNotes')}</div>
          )}
          {items.map((item, i) => (
            <div
              key={`${item.kind}:${item.id}`}
              id={`quick-input-row-${i}`}
              className={`quick-input-row${i === current ? ' selected' : ''}`}
              role="option"
              aria-selected={i === current}
              {...(item.kind === 'command' ? { 'data-command-id': item.id } : { 'data-note-id': item.id })}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => i !== current && setSelected(i)}
              onClick={() => accept(item)}
            >
              <span className="quick-input-label">
                <Highlight text={item.label} positions={item.match.positions} />
              </span>
              {item.detail && <span className="quick-input-detail">{item.detail}</span>}
              {item.keybinding && <kbd className="quick-input-kbd">{item.keybinding}</kbd>}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
