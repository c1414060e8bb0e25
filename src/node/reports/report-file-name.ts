// File names for exported reports: the plan title made safe on every file system, with the right extension.

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A safe base name (no extension): letters, digits, dashes; at most 80 characters; never empty. */
export function safeBaseName(title: string, fallback = 'plan'): string {
  const slug = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug && !RESERVED.test(slug) ? slug : fallback;
}

/** "Circulation CoP 2026" + 'html' → "Circulation-CoP-2026-report.html". */
export function reportFileName(title: string, ext: 'md' | 'html' | 'pdf'): string {
  return `${safeBaseName(title)}-report.${ext}`;
}
