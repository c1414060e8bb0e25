// Detects HTML and script in template text: labels, prompts and guidance are plain text or Markdown only.

const PATTERNS: { re: RegExp; what: string }[] = [
  { re: /<\s*[a-zA-Z!/?]/, what: 'an HTML tag' },
  { re: /javascript\s*:/i, what: 'a javascript: URL' },
  { re: /vbscript\s*:/i, what: 'a vbscript: URL' },
  { re: /data\s*:\s*text\/html/i, what: 'a data:text/html URL' },
  { re: /\bon[a-z]{3,}\s*=/i, what: 'an event handler attribute (on...=)' },
];

/** What kind of markup the text contains, or null when it is plain text / Markdown. */
export function findUnsafeMarkup(text: string): string | null {
  for (const p of PATTERNS) if (p.re.test(text)) return p.what;
  return null;
}
