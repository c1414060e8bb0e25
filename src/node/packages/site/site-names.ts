// Safe, unique file names and anchor ids for the HTML mini-site (no separators, no dots first, no Windows device names).

const WINDOWS_DEVICE_RE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** "Katalogisasi & Metadata" → "katalogisasi-metadata"; letters of any script are kept; never empty. */
export function siteSlug(text: string, fallback: string, maxLength = 80): string {
  let slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  slug = Array.from(slug).slice(0, maxLength).join('').replace(/-+$/, '');
  if (!slug) return fallback;
  return WINDOWS_DEVICE_RE.test(slug) ? `_${slug}` : slug;
}

/** Hands out names unique case-insensitively; a clash gets "-2", "-3", ... before the extension. */
export class UniqueNames {
  private readonly taken = new Set<string>();
  constructor(reserved: string[] = []) {
    for (const r of reserved) this.taken.add(r.toLowerCase());
  }
  take(base: string, ext = ''): string {
    let candidate = base + ext;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}${ext}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** The id of a heading (prefixed so that no heading shadows a window property by named access). */
export function headingId(text: string): string {
  return `h-${siteSlug(text, 'section')}`;
}

/** A file name kept safe for an attachment copy: base slug plus a short lowercase extension. */
export function attachmentFileName(fileName: string): [string, string] {
  const dot = fileName.lastIndexOf('.');
  const rawExt = dot > 0 ? fileName.slice(dot + 1) : '';
  const ext = /^[A-Za-z0-9]{1,10}$/.test(rawExt) ? `.${rawExt.toLowerCase()}` : '';
  return [siteSlug(dot > 0 ? fileName.slice(0, dot) : fileName, 'file', 60), ext];
}

/** File types a browser would run as a document (scripts inside): never copied into the site. */
const ACTIVE_EXT = new Set(['.svg', '.svgz', '.html', '.htm', '.xhtml', '.xht', '.xml', '.xsl', '.xslt', '.mht', '.mhtml', '.shtml', '.js', '.mjs', '.hta', '.swf']);
const ACTIVE_MIME_RE = /(svg|html|xml|javascript|ecmascript|shockwave)/i;

export function isActiveContent(fileName: string, mime: string): boolean {
  const [, ext] = attachmentFileName(fileName);
  return ACTIVE_EXT.has(ext) || ACTIVE_MIME_RE.test(mime);
}
