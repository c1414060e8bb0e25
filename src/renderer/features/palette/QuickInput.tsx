// The quick input overlay: command palette (">" prefix) and quick open of notes, with fuzzy filter and keys.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IS_MAC } from '../../commands/platform';
import { executeCommand } from '../../commands/registry';
import { data, loadAllNotes, loadDomains } from '../../state/data-store';
import { useStore } from '../../state/store';
import { openNote } from '../../workbench/tab-actions';
import { Highlight } from './Highlight';
import { commandItems, noteItems, type PaletteItem } from './palette-items';
import { closeQuickInput, COMMAND_PREFIX, quickInput, type QuickInputMode } from './quick-input-store';

export function QuickInput() {
  const open = useStore(quickInput, (s) => s.open);
  const openCount = useStore(quickInput, (s) => s.openCount);
  const initialMode = useStore(quickInput, (s) => s.mode);
  if (!open) return null;
  return <QuickInputBox key={openCount} initialMode={initialMode} />;
}

function QuickInputBox({ initialMode }: { initialMode: QuickInputMode }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState(initialMode);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const notes = useStore(data, (s) => s.allNotes);
  const domains = useStore(data, (s) => s.domains);
  const listRef = useRef<HTMLDivElement>(null);
  const commandMode = mode === 'commands';

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (previous?.isConnected && (document.activeElement === document.body || !document.activeElement)) previous.focus();
    };
  }, []);

  useEffect(() => {
    if (!commandMode && !notes) void loadAllNotes();
    if (!commandMode && !domains) void loadDomains();
  }, [commandMode, notes, domains]);

  const items = useMemo<PaletteItem[]>(
    () => (commandMode ? commandItems(query, t, IS_MAC) : noteItems(query, notes ?? [], domains ?? [], t, i18n.language)),
    [commandMode, query, t, notes, domains, i18n.language],
  );
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

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = items.length;
    if (e.key === 'ArrowDown') setSelected(count ? (current + 1) % count : 0);
    else if (e.key === 'ArrowUp') setSelected(count ? (current - 1 + count) % count : 0);
    else if (e.key === 'PageDown') setSelected(Math.min(count - 1, current + 10));
    else if (e.key === 'PageUp') setSelected(Math.max(0, current - 10));
    else if (e.key === 'Enter') accept(items[current]);
    else if (e.key === 'Escape') closeQuickInput();
    else if (e.key === 'Backspace' && commandMode && query === '') setMode('notes');
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const loading = !commandMode && !notes;
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
