// The community's sharing network tab: who gives knowledge to whom over a time range, for one domain or topic.
// Drawing (mutual vs one-way ties), headline metrics, recommendations, per-member table, survey import, exports.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkFilter, NetworkMetrics } from '../../../common/api/methods/network';
import { data, loadDomains } from '../../state/data-store';
import { api } from '../../state/services';
import { onEventsSettled } from '../../state/settled-events';
import { useStore } from '../../state/store';
import { errorParts } from '../notifications/report-error';
import { notify } from '../notifications/notifications';
import { downloadText } from '../plans/download';
import { NetworkCanvas } from './NetworkCanvas';
import { NetworkFilters } from './NetworkFilters';
import { toNetworkGraph } from './network-graph';
import { MemberTies } from './MemberTies';
import { NetworkMemberTable } from './NetworkMemberTable';
import { NetworkRecommendations } from './NetworkRecommendations';
import { NetworkSummary } from './NetworkSummary';
import { SurveyImport } from './SurveyImport';
import '../graph/graph.css';
import './network.css';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; metrics: NetworkMetrics };

/** Writes that can change ties; the view reloads a second after the last one. */
const RELOAD_EVENTS = ['notes.changed', 'plans.changed', 'workspace.changed', 'domains.changed', 'network.changed'] as const;

export function NetworkView() {
  const { t, i18n } = useTranslation();
  const domains = useStore(data, (s) => s.domains);
  const [filter, setFilter] = useState<NetworkFilter>({});
  const [state, setState] = useState<State>({ status: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [exporting, setExporting] = useState<'html' | 'csv' | null>(null);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (!domains) void loadDomains();
  }, [domains]);

  useEffect(() => onEventsSettled(RELOAD_EVENTS, reload), [reload]);

  useEffect(() => {
    let stale = false;
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    api()
      .call('network.metrics', filter)
      .then(
        (metrics) => !stale && setState({ status: 'ready', metrics }),
        (err) => !stale && setState({ status: 'error', message: errorParts(err).message }),
      );
    return () => {
      stale = true;
    };
  }, [filter, generation]);

  const metrics = state.status === 'ready' ? state.metrics : null;
  const display = useMemo(() => (metrics ? toNetworkGraph(metrics) : null), [metrics]);

  const exportFile = async (kind: 'html' | 'csv') => {
    setExporting(kind);
    try {
      const file = kind === 'html' ? await api().call('network.reportHtml', { ...filter, lang: i18n.language === 'id' ? 'id' : 'en' }) : await api().call('network.metricsCsv', filter);
      downloadText(file.fileName, file.mime, file.content);
    } catch (err) {
      notify('error', 'network.view.exportFailed', { message: errorParts(err).message });
    } finally {
      setExporting(null);
    }
  };

  return (
    <div
      className="network-view"
      data-testid="network-view"
      data-state={state.status}
      data-members={metrics?.members ?? 0}
      data-mutual-edges={display?.counts.mutual ?? 0}
      data-one-way-edges={display?.counts.oneWay ?? 0}
    >
      <div className="graph-toolbar network-toolbar">
        <NetworkFilters filter={filter} onChange={setFilter} />
        <span className="network-toolbar-gap" />
        <SurveyImport onImported={reload} />
        <button type="button" className="button" data-testid="network-export-html" title={t('network.view.exportHint')} disabled={!metrics || exporting !== null} onClick={() => void exportFile('html')}>
          {t('network.view.exportHtml')}
        </button>
        <button type="button" className="button" data-testid="network-export-csv" title={t('network.view.exportHint')} disabled={!metrics || exporting !== null} onClick={() => void exportFile('csv')}>
          {t('network.view.exportCsv')}
        </button>
      </div>
      {state.status === 'error' && (
        <div className="editor-message editor-error" role="alert" data-testid="network-error">
          {state.message}
        </div>
      )}
      {state.status === 'loading' && <div className="editor-message muted">{t('common.loading')}</div>}
      {metrics && display && (
        <div className="network-body">
          {metrics.members === 0 ? (
            <div className="editor-message muted network-empty">{t('network.view.noMembers')}</div>
          ) : (
            <NetworkCanvas graph={display.graph} selected={selected} onSelect={setSelected} />
          )}
          <aside className="network-side" aria-label={t('network.view.metrics')}>
            <div className="network-side-top">
              {/* A selected member's ties come first: that is what the click asked about. */}
              {selected && <MemberTies metrics={metrics} memberId={selected} onSelect={setSelected} />}
              <NetworkSummary metrics={metrics} />
              <h3>{t('network.view.recommendations')}</h3>
              <NetworkRecommendations items={metrics.recommendations} onSelect={setSelected} />
            </div>
            <h3>{t('network.view.perMember', { count: metrics.perMember.length })}</h3>
            <NetworkMemberTable rows={metrics.perMember} selected={selected} onSelect={setSelected} />
          </aside>
        </div>
      )}
    </div>
  );
}
