// Side panel of the graph tab: knowledge graph metrics per domain and for the whole workspace (notes, links, density,
// components, most central notes by PageRank); a top note opens on click. Fetched when shown and on refresh.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphDomainMetrics, GraphMetrics } from '../../../common/api/methods/graph';
import { api } from '../../state/services';
import { openNote } from '../../workbench/tab-actions';
import { IconButton } from '../../workbench/ViewHeader';
import { errorParts } from '../notifications/report-error';

/** How many most central notes each row lists. */
const TOP = 5;

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; metrics: GraphMetrics };
type Row = Omit<GraphDomainMetrics, 'domainId' | 'name'> & { domainId: string | null; name: string };

export function GraphMetricsPanel({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [epoch, setEpoch] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    api()
      .call('graph.metrics', { top: TOP })
      .then(
        (metrics) => live && setState({ status: 'ready', metrics }),
        (err) => live && setState({ status: 'error', message: errorParts(err).message }),
      );
    return () => {
      live = false;
    };
  }, [epoch]);

  const count = (n: number) => n.toLocaleString(i18n.language);
  const density = (d: number) => d.toLocaleString(i18n.language, { maximumSignificantDigits: 2 });
  const score = (s: number) => s.toLocaleString(i18n.language, { maximumSignificantDigits: 3 });
  const rows: Row[] =
    state.status === 'ready' ? [{ ...state.metrics.workspace, domainId: null, name: t('graph.metrics.workspace') }, ...state.metrics.domains] : [];

  return (
    <aside className="graph-metrics" data-testid="graph-metrics" data-state={state.status} aria-label={t('graph.metrics.title')}>
      <header className="graph-metrics-header">
        <h2>{t('graph.metrics.title')}</h2>
        <IconButton icon="refresh" label={t('graph.metrics.refresh')} onClick={() => setEpoch((n) => n + 1)} data-testid="graph-metrics-refresh" />
        <IconButton icon="close" label={t('graph.metrics.close')} onClick={onClose} />
      </header>
      {state.status === 'loading' && <div className="editor-message muted">{t('common.loading')}</div>}
      {state.status === 'error' && <div className="editor-message editor-error">{state.message}</div>}
      {state.status === 'ready' && (
        <div className="graph-metrics-scroll">
          <table className="data-table graph-metrics-table">
            <thead>
              <tr>
                <th scope="col">{t('graph.metrics.domain')}</th>
                <th scope="col" className="num">
                  {t('graph.metrics.notes')}
                </th>
                <th scope="col" className="num">
                  {t('graph.metrics.links')}
                </th>
                <th scope="col" className="num" title={t('graph.metrics.densityHint')}>
                  {t('graph.metrics.density')}
                </th>
                <th scope="col" className="num" title={t('graph.metrics.componentsHint')}>
                  {t('graph.metrics.components')}
                </th>
              </tr>
            </thead>
            {rows.map((row) => (
              <tbody key={row.domainId ?? ''} className={row.domainId ? undefined : 'graph-metrics-total'}>
                <tr data-testid="graph-metrics-row" data-row={row.domainId ? 'domain' : 'workspace'} data-domain-id={row.domainId ?? undefined}>
                  <th scope="row">{row.name}</th>
                  <td className="num" data-col="notes">
                    {count(row.notes)}
                  </td>
                  <td className="num" data-col="links">
                    {count(row.links)}
                  </td>
                  <td className="num" data-col="density" title={String(row.density)}>
                    {density(row.density)}
                  </td>
                  <td className="num" data-col="components">
                    {count(row.components)}
                  </td>
                </tr>
                <tr className="graph-metrics-top">
                  <td colSpan={5}>
                    <span className="muted">{t('graph.metrics.top')}</span>{' '}
                    {row.topPageRank.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      <ol>
                        {row.topPageRank.map((n) => (
                          <li key={n.id}>
                            <button
                              type="button"
                              className="graph-metrics-note"
                              data-testid="graph-metrics-top-note"
                              data-note-id={n.id}
                              title={t('graph.metrics.pageRank', { score: score(n.score) })}
                              onClick={() => openNote(n.id)}
                            >
                              {n.title}
                            </button>
                          </li>
                        ))}
                      </ol>
                    )}
                  </td>
                </tr>
              </tbody>
            ))}
          </table>
        </div>
      )}
    </aside>
  );
}
