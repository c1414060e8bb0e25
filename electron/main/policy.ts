// Pure security policy for the desktop host (no Electron import, so it can be unit-tested):
// the renderer URL, the trusted-sender check, the Content-Security-Policy and UI-settings validation.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The strict CSP the packaged app runs under. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * CSP for the window. In development (electron-vite dev server) Vite needs its inline React-refresh
 * preamble and a WebSocket back to the dev server, so those two directives are widened for that origin only.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY;
  const origin = new URL(devServerUrl).origin;
  const ws = origin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${origin}`).replace(
    "connect-src 'self'",
    `connect-src 'self' ${origin} ${ws}`,
  );
}

/** Only http(s) dev-server URLs are honoured from ELECTRON_RENDERER_URL. */
export function parseDevServerUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The URL the main window loads: the built renderer file, or the dev server in development. */
export function rendererUrl(outDir: string, devServerUrl?: string): string {
  return devServerUrl ?? pathToFileURL(join(outDir, 'renderer', 'index.html')).href;
}

/**
 * Returns a check that accepts only the app's own renderer: for a file:// renderer the same file
 * (any #hash or ?query), for a dev server the same origin. Everything else (other files, about:blank,
 * data:, remote sites, malformed URLs) is refused.
 */
export function createTrustedSenderCheck(appRendererUrl: string): (senderUrl: string) => boolean {
  const expected = new URL(appRendererUrl);
  const isFile = expected.protocol === 'file:';
  return (senderUrl: string): boolean => {
    if (typeof senderUrl !== 'string' || senderUrl.length === 0 || senderUrl.length > 8192) return false;
    let url: URL;
    try {
      url = new URL(senderUrl);
    } catch {
      return false;
    }
    if (isFile) {
      return url.protocol === 'file:' && url.host === expected.host && url.pathname === expected.pathname;
    }
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === expected.origin;
  };
}

export type UiTheme = 'light' | 'dark' | 'system';

export interface UiSettings {
  language: string;
  theme: UiTheme;
}

/** Validates the renderer's {language, theme} message; unknown themes follow the system. */
export function parseUiSettings(value: unknown): UiSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.language !== 'string' || !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(v.language)) return null;
  const theme: UiTheme = v.theme === 'light' || v.theme === 'dark' ? v.theme : 'system';
  return { language: v.language, theme };
}
