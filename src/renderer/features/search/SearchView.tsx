// The Search side bar view: live results as you type (title, domain, kind, highlighted snippet) and filter hints.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../state/services';
import { useStore } from '../../state/store';
import { openNote } from '../../workbench/tab-actions';
import { ViewHeader } from '../../workbench/ViewHeader';
import { rerunSearch, search, setSearchQuery } from './search-store';
import { SearchSnippet } from './SearchSnippet';

const HINTS = ['domain:', 'tag:', 'kind:', 'stage:', 'author:', '"…"'];

export function SearchView() {
  const { t } = useTranslation();
  const query = useStore(search, (s) => s.query);
  const result = useStore(search, (s) => s.result);
  const pending = useStore(search, (s) => s.pending);
  const error = useStore(search, (s) => s.error);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = api().on('notes.changed', () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(rerunSearch, 300);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, []);

  const addHint = (hint: string) => {
    const next = `${query}${query && !query.endsWith(' ') ? ' ' : ''}${hint === '"…"' ? '""' : hint}`;
    setSearchQuery(next);
    input.current?.focus();
  };

  return (
    <div className="view search-view" data-testid="search-view">
      <ViewHeader title={t('views.search')} />
      <div className="search-box">
        <input
          ref={input}
          className="input search-input"
          data-testid="search-input"
          type="search"
          value={query}
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          spellCheck={false}
          onChange={(e) => setSearchQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && result?.items[0]) openNote(result.items[0].id);
          }}
        />
        <div className="search-hints" aria-label={t('search.filters')}>
          {HINTS.map((h) => (
            <button key={h} type="button" className="chip search-hint" title={t('search.hint', { filter: h })} onClick={() => addHint(h)}>
              {h}
            </button>
          ))}
        </div>
      </div>
      <div className="search-status muted" data-testid="search-status" aria-live="polite">
        {error ? (
          <span className="error-text">{error}</span>
        ) : pending ? (
          t('search.searching')
        ) : result ? (
          t('search.count', { count: result.total, ms: Math.round(result.tookMs) })
        ) : (
          t('search.help')
        )}
      </div>
      <ul className="search-results" data-testid="search-results">
        {result?.items.map((hit) => (
          <li key={hit.id}>
            <button type="button" className="search-hit" data-note-id={hit.id} onClick={() => openNote(hit.id)}>
              <span className="search-hit-title">{hit.title}</span>
              <span className="search-hit-meta">
                {hit.domain} · {t(`kinds.${hit.kind}`, { defaultValue: hit.kind })}
              </span>
              {hit.snippet && <SearchSnippet text={hit.snippet} />}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
