// The knowledge graph tab: the global graph (filter by domain, kind, stage, tags) or the graph around one note (depth 1–3,
// the centre drawn distinctly), drawn by sigma.js (WebGL) with a ForceAtlas2 layout from a worker; click a node to open
// its note, search to highlight; a side panel shows per-domain metrics.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import type Graph from 'graphology';
import { NOTE_KINDS, SHARING_STAGES } from '../../../common/api/types';
import { data, loadDomains } from '../../state/data-store';
import { api } from '../../state/services';
import { useStore } from '../../state/store';
import { openNote } from '../../workbench/tab-actions';
import { errorParts } from '../notifications/report-error';
import { trackCenterRing } from './center-ring';
import { matchingNodes, positionsOf, toDisplayGraph, type GraphAnswer } from './graph-data';
import { GraphMetricsPanel } from './GraphMetricsPanel';
import { domainColors } from './graph-style';
import { globalLayoutScope, localLayoutScope } from './layout-scope';
import { runLayout } from './run-layout';
import { TagFilter } from './TagFilter';
import './graph.css';

export type GraphScope = { kind: 'global' } | { kind: 'local'; noteId: string };

/** Whether the metrics panel is shown, remembered while the window lives (tabs remount when re-activated). */
let metricsShown = false;

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; answer: GraphAnswer; graph: Graph; laidOut: boolean };

export function GraphView({ scope }: { scope: GraphScope }) {
  const { t } = useTranslation();
  const domains = useStore(data, (s) => s.domains);
  const [domainId, setDomainId] = useState('');
  const [depth, setDepth] = useState(1);
  const [kind, setKind] = useState('');
  const [stage, setStage] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [showMetrics, setShowMetrics] = useState(metricsShown);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ status: 'loading' });
  const container = useRef<HTMLDivElement | null>(null);
  const ring = useRef<HTMLDivElement | null>(null);
  const sigma = useRef<Sigma | null>(null);
  const domainOrder = useMemo(() => (domains ?? []).map((d) => d.id), [domains]);
  const centerId = scope.kind === 'local' ? scope.noteId : undefined;
  const toggleMetrics = () => {
    metricsShown = !showMetrics;
    setShowMetrics(metricsShown);
  };

  useEffect(() => {
    if (!domains) void loadDomains();
  }, [domains]);

  // Fetch, build, draw, then lay out in the worker (unless the service had saved positions).
  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    // Each view remembers its own layout: the global graph per filter combination, a local graph per note and depth.
    const layoutScope = scope.kind === 'global' ? globalLayoutScope({ domainId, kind, stage, tags }) : localLayoutScope(scope.noteId, depth);
    const request =
      scope.kind === 'global'
        ? api().call('graph.global', {
            domainIds: domainId ? [domainId] : undefined,
            kinds: kind ? [kind] : undefined,
            stages: stage ? [stage] : undefined,
            tags: tags.length ? tags : undefined,
            layoutScope,
          })
        : api().call('graph.local', { noteId: scope.noteId, depth, layoutScope });
    request.then(
      async (answer) => {
        if (abort.signal.aborted) return;
        const { graph, positioned } = toDisplayGraph(answer as GraphAnswer, domainOrder, centerId);
        setState({ status: 'ready', answer: answer as GraphAnswer, graph, laidOut: positioned });
        if (!positioned && (await runLayout(graph, abort.signal))) {
          sigma.current?.refresh();
          void api().call('graph.layout.save', { scope: layoutScope, positions: positionsOf(graph) }).catch(() => undefined);
          setState((s) => (s.status === 'ready' && s.graph === graph ? { ...s, laidOut: true } : s));
        }
      },
      (err) => !abort.signal.aborted && setState({ status: 'error', message: errorParts(err).message }),
    );
    return () => abort.abort();
  }, [scope.kind, centerId, domainId, kind, stage, tags, depth, domainOrder]);

  const graph = state.status === 'ready' ? state.graph : null;
  useEffect(() => {
    if (!graph || !container.current) return;
    const styles = getComputedStyle(container.current);
    const renderer = new Sigma(graph, container.current, {
      labelRenderedSizeThreshold: 7,
      labelColor: { color: styles.getPropertyValue('--fg').trim() || '#333' },
      defaultEdgeColor: styles.getPropertyValue('--border-strong').trim() || '#bbb',
      zIndex: true,
    });
    renderer.on('clickNode', ({ node }) => openNote(node));
    renderer.on('enterNode', () => container.current?.classList.add('graph-pointer'));
    renderer.on('leaveNode', () => container.current?.classList.remove('graph-pointer'));
    sigma.current = renderer;
    // The canvas resizes with the window and when the metrics panel opens or closes.
    const resized = new ResizeObserver(() => renderer.scheduleRefresh());
    resized.observe(container.current);
    const stopRing = centerId && graph.hasNode(centerId) && ring.current ? trackCenterRing(renderer, centerId, ring.current) : () => undefined;
    return () => {
      stopRing();
      resized.disconnect();
      renderer.kill();
      sigma.current = null;
    };
  }, [graph, centerId]);

  // Search: matches keep their colour and label, the rest fade; Enter centres the first match.
  const matches = useMemo(() => (graph ? matchingNodes(graph, query) : []), [graph, query]);
  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    const hit = new Set(matches);
    // The centre note of a local graph never fades.
    const keep = (node: string) => hit.has(node) || node === centerId;
    renderer.setSetting(
      'nodeReducer',
      hit.size === 0 ? null : (node, attrs) => (keep(node) ? { ...attrs, highlighted: true, zIndex: node === centerId ? 2 : 1 } : { ...attrs, color: '#d0d0d0', label: null, zIndex: 0 }),
    );
  }, [matches, graph, centerId]);
  const focusFirst = () => {
    const renderer = sigma.current;
    if (!renderer || !graph || matches.length === 0) return;
    const pos = renderer.getNodeDisplayData(matches[0]);
    if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.15 }, { duration: 300 });
  };

  const answer = state.status === 'ready' ? state.answer : null;
  const legendColor = domainColors(domainOrder);
  const drawnCenter = centerId && graph?.hasNode(centerId) ? centerId : undefined;
  return (
    <div className="graph-view" data-testid="graph-view" data-scope={scope.kind} data-center={drawnCenter} data-state={state.status} data-nodes={graph?.order ?? 0} data-laid-out={state.status === 'ready' && state.laidOut}>
      <div className="graph-toolbar">
        {scope.kind === 'global' ? (
          <select aria-label={t('graph.domain')} value={domainId} onChange={(e) => setDomainId(e.currentTarget.value)}>
            <option value="">{t('graph.allDomains')}</option>
            {(domains ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        ) : null}
        {scope.kind === 'global' && (
          <select aria-label={t('graph.kind')} data-testid="graph-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            <option value="">{t('graph.allKinds')}</option>
            {NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
        {scope.kind === 'global' && (
          <select aria-label={t('graph.stage')} data-testid="graph-stage" value={stage} onChange={(e) => setStage(e.currentTarget.value)}>
            <option value="">{t('graph.allStages')}</option>
            {SHARING_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stages.${s}`)}
              </option>
            ))}
          </select>
        )}
        {scope.kind === 'local' && (
          <select aria-label={t('graph.depth')} value={depth} onChange={(e) => setDepth(Number(e.currentTarget.value))}>
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {t('graph.depthN', { count: n })}
              </option>
            ))}
          </select>
        )}
        {scope.kind === 'global' && <TagFilter tags={tags} onChange={setTags} />}
        <input
          type="search"
          className="text-input"
          data-testid="graph-search"
          placeholder={t('graph.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && focusFirst()}
        />
        {query && <span className="muted" data-testid="graph-matches">{t('graph.matches', { count: matches.length })}</span>}
        <span className="graph-status muted" data-testid="graph-status">
          {answer && t('graph.showing', { shown: answer.nodes.length, total: answer.total.nodes, edges: answer.edges.length })}
          {answer?.reduced && <strong data-testid="graph-reduced"> · {t(`graph.reduced.${answer.reduced.mode}`, { shown: answer.reduced.shownNodes })}</strong>}
          {state.status === 'ready' && !state.laidOut && ` · ${t('graph.layingOut')}`}
        </span>
        <button type="button" className="button graph-metrics-toggle" aria-pressed={showMetrics} data-testid="graph-metrics-toggle" onClick={toggleMetrics}>
          {t('graph.metrics.toggle')}
        </button>
      </div>
      {state.status === 'error' && <div className="editor-message editor-error">{state.message}</div>}
      {state.status === 'loading' && <div className="editor-message muted">{t('common.loading')}</div>}
      {state.status === 'ready' && answer?.nodes.length === 0 && <div className="editor-message muted">{t('graph.empty')}</div>}
      <div className="graph-body">
        <div className="graph-canvas" data-testid="graph-canvas">
          {/* sigma owns this element's children (its canvases); React's overlays are its siblings. */}
          <div ref={container} className="graph-sigma" />
          {/* Placed around the centre note by trackCenterRing after each render. */}
          {drawnCenter && <div ref={ring} className="graph-center-ring" data-testid="graph-center-ring" />}
          <ul className="graph-legend" aria-label={t('graph.legend')}>
            {(domains ?? []).map((d) => (
              <li key={d.id}>
                <span className="graph-swatch" style={{ background: legendColor(d.id) }} />
                {d.name}
              </li>
            ))}
          </ul>
        </div>
        {showMetrics && <GraphMetricsPanel onClose={toggleMetrics} />}
      </div>
    </div>
  );
}
