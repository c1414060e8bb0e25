// The last check on every href and src the Markdown renderer writes, whatever a caller's hooks returned.

const SCHEME_RE = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const OUTBOUND = new Set(['http', 'https', 'mailto']);

/**
 * True for http(s) and mailto URLs and relative references. False for any other scheme (javascript:, data:, vbscript:,
 * file:, ...), protocol-relative `//host`, and anything with whitespace, control characters or backslashes (browsers
 * drop tabs and newlines inside URLs, so `java\tscript:` would still run).
 */
export function isSafeHref(href: string): boolean {
  if (href.length === 0 || href.length > 4096 || /[\u0000-\u0020\u007f-\u009f\\]/.test(href) || href.startsWith('//')) return false;
  const scheme = SCHEME_RE.exec(href)?.[1].toLowerCase();
  return scheme === undefined || OUTBOUND.has(scheme);
}

/** A safe image source: a relative reference only (a note never makes the page load anything from elsewhere). */
export function isLocalSrc(src: string): boolean {
  return isSafeHref(src) && !SCHEME_RE.test(src);
}
