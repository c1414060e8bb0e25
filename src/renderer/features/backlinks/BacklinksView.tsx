// The Backlinks panel: notes linking to the active note (virtualized, paged) and unlinked mentions with "Link it".
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnlinkedMention } from '../../../common/api/methods/notes';
import { data } from '../../state/data-store';
import { api } from '../../state/services';
import { useStore } from '../../state/store';
import { openNote } from '../../workbench/tab-actions';
import { reportError } from '../notifications/report-error';
import { log } from '../output/output-log';
import { useActiveNoteId } from './active-note';
import { LinkSnippet } from './LinkSnippet';
import { useBacklinks } from './use-backlinks';

const ROW_HEIGHT = 46;

export function BacklinksView() {
  const { t } = useTranslation();
  const noteId = useActiveNoteId();
  const state = useBacklinks(noteId);
  const domains = useStore(data, (s) => s.domains);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: state.items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRow = rows[rows.length - 1]?.index ?? -1;
  const { loadMore } = state;

  // Loading the next page when the end of the loaded rows scrolls into view.
  useEffect(() => {
    if (lastRow >= state.items.length - 5 && state.items.length < state.total) loadMore();
  }, [lastRow, state.items.length, state.total, loadMore]);

  if (!noteId) return <div className="muted panel-message">{t('backlinks.noNote')}</div>;
  const domainName = (id: string) => domains?.find((d) => d.id === id)?.name ?? '';

  return (
    <div className="backlinks" data-testid="backlinks">
      <section className="backlinks-column" aria-label={t('backlinks.title')}>
        <h3 className="subheading">
          {t('backlinks.title')} <span className="badge" data-testid="backlinks-total">{state.total}</span>
          {state.items.length < state.total && (
            <span className="muted backlinks-shown">{t('backlinks.shown', { shown: state.items.length, total: state.total })}</span>
          )}
        </h3>
        {state.error && <p className="error-text">{state.error}</p>}
        {!state.error && !state.loading && state.total === 0 && <p className="muted">{t('backlinks.none')}</p>}
        <div ref={scrollRef} className="backlinks-scroll" data-testid="backlinks-list">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {rows.map((row) => {
              const b = state.items[row.index];
              return (
                <button
                  key={`${b.sourceId}-${row.index}`}
                  type="button"
                  className="backlink-row"
                  data-backlink-source={b.sourceId}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
                  onClick={() => openNote(b.sourceId)}
                >
                  <span className="backlink-title">
                    {b.sourceTitle}
                    <span className="backlink-domain">{domainName(b.domainId)}</span>
                  </span>
                  <LinkSnippet text={b.snippet} />
                </button>
              );
            })}
          </div>
        </div>
        {state.items.length < state.total && (
          <button type="button" className="button load-more" disabled={state.loading} onClick={loadMore}>
            {t('backlinks.loadMore')}
          </button>
        )}
      </section>
      <MentionsColumn noteId={noteId} mentions={state.mentions} total={state.mentionsTotal} onLinked={state.reload} domainName={domainName} />
    </div>
  );
}

function MentionsColumn({
  noteId,
  mentions,
  total,
  onLinked,
  domainName,
}: {
  noteId: string;
  mentions: UnlinkedMention[];
  total: number;
  onLinked(): void;
  domainName(id: string): string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const linkIt = async (m: UnlinkedMention) => {
    const key = `${m.sourceId}:${m.start}`;
    setBusy(key);
    try {
      await api().call('notes.linkMention', { id: noteId, sourceId: m.sourceId, start: m.start, end: m.end });
      log('info', 'output.mentionLinked', { title: m.sourceTitle });
      onLinked();
    } catch (err) {
      reportError(err, 'errors.linkMention', { title: m.sourceTitle });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="backlinks-column" aria-label={t('backlinks.mentions')} data-testid="unlinked-mentions">
      <h3 className="subheading">
        {t('backlinks.mentions')} <span className="badge">{total}</span>
      </h3>
      {mentions.length === 0 && <p className="muted">{t('backlinks.noMentions')}</p>}
      <ul className="mention-list">
        {mentions.map((m) => (
          <li key={`${m.sourceId}:${m.start}`} className="mention-row" data-mention-source={m.sourceId}>
            <button type="button" className="backlink-row static" onClick={() => openNote(m.sourceId)}>
              <span className="backlink-title">
                {m.sourceTitle}
                <span className="backlink-domain">{domainName(m.domainId)}</span>
              </span>
              <LinkSnippet text={m.snippet} />
            </button>
            <button type="button" className="button link-it" disabled={busy !== null} onClick={() => void linkIt(m)}>
              {t('backlinks.linkIt')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
