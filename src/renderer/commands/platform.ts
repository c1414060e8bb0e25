// Platform detection for keybinding labels and matching (Cmd on macOS, Ctrl elsewhere).
import { getDesktopBridge } from '../api/desktop-bridge';

export function detectMac(): boolean {
  const bridge = getDesktopBridge();
  if (bridge?.platform) return bridge.platform === 'darwin';
  const platform = (typeof navigator !== 'undefined' && navigator.platform) || '';
  return /mac|iphone|ipad|ipod/i.test(platform);
}

export const IS_MAC = detectMac();
