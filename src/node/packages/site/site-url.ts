// URL policy of the HTML mini-site: which link targets written in untrusted notes may become an href.

const SCHEME_RE = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/** An outbound link a note may carry: http(s) with a host and no credentials, or mailto; anything else is null. */
export function safeExternalHref(raw: string): string | null {
  const value = raw.trim();
  if (value.length === 0 || value.length > 2048 || /[\u0000-\u001f\u007f\s\\]/.test(value)) return null;
  const scheme = SCHEME_RE.exec(value)?.[1].toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return null;
    }
    if (url.username || url.password || !url.hostname) return null;
    return url.href;
  }
  if (scheme === 'mailto') return /^mailto:[^<>"'`]+$/i.test(value) ? value : null;
  return null;
}

/** Percent-encodes each segment of a site-relative path (our own generated names). */
export function sitePath(...segments: string[]): string {
  return segments.map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
}
