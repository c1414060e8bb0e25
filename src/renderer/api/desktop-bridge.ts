// Finds the desktop bridge (window.copw) exposed by the Electron preload script, if any.
import type { DesktopBridge } from '../../common/api/bridge';

export function getDesktopBridge(): DesktopBridge | null {
  if (typeof window === 'undefined') return null;
  const candidate = (window as unknown as { copw?: DesktopBridge }).copw;
  return candidate && typeof candidate.call === 'function' ? candidate : null;
}
