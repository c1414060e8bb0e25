// Keeps a ring (an HTML element over the canvas) around the centre note of a local graph as sigma renders and the camera moves.
import type Sigma from 'sigma';

/** Gap in pixels between the node's edge and the ring. */
const GAP = 4;

/** Positions `ring` around `node` after every render; returns the function that stops tracking. */
export function trackCenterRing(renderer: Sigma, node: string, ring: HTMLElement): () => void {
  const place = () => {
    const d = renderer.getNodeDisplayData(node);
    if (!d || d.hidden) {
      ring.hidden = true;
      return;
    }
    const { x, y } = renderer.framedGraphToViewport(d);
    const r = renderer.scaleSize(d.size) + GAP;
    ring.hidden = false;
    ring.style.left = `${x - r}px`;
    ring.style.top = `${y - r}px`;
    ring.style.width = ring.style.height = `${2 * r}px`;
  };
  renderer.on('afterRender', place);
  place();
  return () => {
    renderer.off('afterRender', place);
    ring.hidden = true;
  };
}
