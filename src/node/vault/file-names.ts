// Safe, unique file and folder names for exported notes (keeps Unicode; no path separators or reserved characters).
const RESERVED_RE = /[/\\:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
const WINDOWS_DEVICE_RE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export function safeFileName(name: string, maxLength = 120): string {
  let s = name.normalize('NFC').replace(RESERVED_RE, '-').replace(/\s+/g, ' ').trim();
  s = s.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (WINDOWS_DEVICE_RE.test(s)) s = `_${s}`;
  s = Array.from(s).slice(0, maxLength).join('').trim();
  return s || 'Untitled';
}

/** Hands out names unique case-insensitively; a clash gets " (2)", " (3)", ... before the extension. */
export class UniqueFileNames {
  private readonly taken = new Set<string>();
  constructor(reserved: string[] = []) {
    for (const r of reserved) this.taken.add(r.toLowerCase());
  }
  take(base: string, ext = ''): string {
    let candidate = base + ext;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})${ext}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
