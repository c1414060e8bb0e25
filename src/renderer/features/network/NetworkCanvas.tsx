// The sharing network drawn by sigma.js (WebGL): members as nodes, one-way ties as arrows, mutual pairs as one
// double-headed edge in another colour. ForceAtlas2 runs in the layout worker; clicking a member selects it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import { EdgeDoubleArrowProgram } from 'sigma/rendering';
import type Graph from 'graphology';
import { runLayout } from '../graph/run-layout';
import { LARGE_NETWORK_EDGES, neighbourhood, TIE_COLORS } from './network-graph';

const FADED = '#d8d8d8';

function centreOn(renderer: Sigma, node: string | null): void {
  const pos = node ? renderer.getNodeDisplayData(node) : undefined;
  if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y }, { duration: 300 });
}

export function NetworkCanvas({ graph, selected, onSelect }: { graph: Graph; selected: string | null; onSelect: (id: string | null) => void }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement | null>(null);
  const sigma = useRef<Sigma | null>(null);
  const [laidOut, setLaidOut] = useState(false);
  const select = useRef(onSelect);
  select.current = onSelect;
  const current = useRef(selected);
  current.current = selected;

  useEffect(() => {
    if (!container.current) return;
    const styles = getComputedStyle(container.current);
    const renderer = new Sigma(graph, container.current, {
      edgeProgramClasses: { mutual: EdgeDoubleArrowProgram },
      labelRenderedSizeThreshold: 4,
      labelColor: { color: styles.getPropertyValue('--fg').trim() || '#333' },
      zIndex: true,
      allowInvalidContainer: true,
      hideEdgesOnMove: graph.size > LARGE_NETWORK_EDGES,
      minEdgeThickness: graph.size > LARGE_NETWORK_EDGES ? 0.5 : 1.7,
    });
    renderer.on('clickNode', ({ node }) => select.current(node));
    renderer.on('clickStage', () => select.current(null));
    renderer.on('enterNode', () => container.current?.classList.add('graph-pointer'));
    renderer.on('leaveNode', () => container.current?.classList.remove('graph-pointer'));
    sigma.current = renderer;
    // The canvas resizes with the window, the panel and the sidebar.
    const resized = new ResizeObserver(() => renderer.scheduleRefresh());
    resized.observe(container.current);
    const abort = new AbortController();
    setLaidOut(false);
    void runLayout(graph, abort.signal).then((ok) => {
      if (!ok) return;
      renderer.refresh();
      centreOn(renderer, current.current);
      setLaidOut(true);
    });
    return () => {
      abort.abort();
      resized.disconnect();
      renderer.kill();
      sigma.current = null;
    };
  }, [graph]);

  // A selected member keeps its ties and contacts; the rest fade.
  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    const keep = neighbourhood(graph, selected);
    renderer.setSetting('nodeReducer', keep ? (node, attrs) => (keep.has(node) ? { ...attrs, zIndex: 1, highlighted: node === selected, forceLabel: true } : { ...attrs, color: FADED, label: null, zIndex: 0 }) : null);
    renderer.setSetting('edgeReducer', keep ? (edge, attrs) => (graph.extremities(edge).includes(selected!) ? { ...attrs, zIndex: 1 } : { ...attrs, color: FADED, zIndex: 0 }) : null);
    if (selected && keep) {
      renderer.refresh(); // setSetting only schedules; display data is normalized by the render
      centreOn(renderer, selected);
    } else {
      void renderer.getCamera().animatedReset({ duration: 300 });
    }
  }, [graph, selected]);

  return (
    <div className="network-canvas-wrap">
      <div ref={container} className="network-canvas graph-canvas" data-testid="network-canvas" data-laid-out={laidOut} />
      <ul className="graph-legend network-legend" aria-label={t('network.view.legend')}>
        <li>
          <span className="network-legend-line" style={{ background: TIE_COLORS.mutual }} />⇄ {t('network.view.mutualTie')}
        </li>
        <li>
          <span className="network-legend-line" style={{ background: TIE_COLORS.oneWay }} />→ {t('network.view.oneWayTie')}
        </li>
        <li>
          <span className="graph-swatch network-swatch-broker" /> {t('network.view.brokerNode')}
        </li>
        <li>
          <span className="graph-swatch network-swatch-isolate" /> {t('network.view.isolateNode')}
        </li>
      </ul>
    </div>
  );
}
