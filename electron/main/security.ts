// Session and webContents hardening: CSP header, denied permissions, locked navigation and windows.
import { shell } from 'electron';
import type { App, Session, WebContents } from 'electron';
import { isSafeExternalUrl } from '../../src/common/safe-url';

/** Adds the CSP header to every response in the session and denies permission requests. */
export function hardenSession(ses: Session, csp: string, isAppUrl: (url: string) => boolean): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
  // Everything is denied, except sanitized clipboard writes (navigator.clipboard.writeText) from the app itself.
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(permission === 'clipboard-sanitized-write' && isAppUrl(details.requestingUrl ?? contents?.getURL() ?? ''));
  });
  ses.setPermissionCheckHandler((contents, permission, _requestingOrigin, details) => {
    return permission === 'clipboard-sanitized-write' && isAppUrl(details.requestingUrl ?? contents?.getURL() ?? '');
  });
}

function openIfSafe(url: string): void {
  if (isSafeExternalUrl(url)) {
    shell.openExternal(url).catch((err: unknown) => console.error('[copw] openExternal failed:', err));
  }
}

/** Locks one webContents: no navigation away from the app, no new windows, no <webview>. */
export function guardWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openIfSafe(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies guardWebContents to every webContents the app ever creates. */
export function installWebContentsGuard(app: App, isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAppUrl));
}
