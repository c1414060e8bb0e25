// Fast reader for the simplest YAML front matter (`key: word words`, `key: [a, b]`); null whenever `yaml` is needed to be sure.

/** A plain scalar that YAML's core schema reads as exactly this string (no numbers, dates, booleans, nulls, quoting, comments). */
const SAFE_SCALAR_RE = /^[A-Za-z][A-Za-z0-9 _.-]*$/;
const KEYWORD_RE = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
const KEY_RE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/;

function scalar(text: string): string | null {
  const s = text.trim();
  return SAFE_SCALAR_RE.test(s) && !KEYWORD_RE.test(s) && !s.includes(' #') ? s : null;
}

/** The mapping `yaml.parse` would return for this block, or null when the block is not in the simple subset. */
export function fastFrontMatter(block: string): Record<string, string | string[]> | null {
  const out: Record<string, string | string[]> = {};
  for (const line of block.split('\n')) {
    const m = KEY_RE.exec(line);
    if (!m) return null;
    const key = m[1]!;
    if (Object.hasOwn(out, key) || key === '__proto__') return null;
    const value = (m[2] ?? '').trim();
    if (value.startsWith('[') && value.endsWith(']')) {
      const inner = value.slice(1, -1).trim();
      if (inner === '') {
        out[key] = [];
        continue;
      }
      const items: string[] = [];
      for (const part of inner.split(',')) {
        const item = scalar(part);
        if (item === null) return null;
        items.push(item);
      }
      out[key] = items;
      continue;
    }
    const s = scalar(value);
    if (s === null) return null;
    out[key] = s;
  }
  return out;
}
