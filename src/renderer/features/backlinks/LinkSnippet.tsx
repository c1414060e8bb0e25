// A backlink's context snippet with the [[link]] text (or a matched mention) highlighted.
import { Fragment } from 'react';

const LINK = /\[\[[^[\]\n]+\]\]/g;

/** `highlight` set: only that text is marked (unlinked mentions); otherwise every [[link]] is. */
export function LinkSnippet({ text, highlight }: { text: string; highlight?: string }) {
  const parts: { text: string; hit: boolean }[] = [];
  let last = 0;
  const ranges: [number, number][] = [];
  if (!highlight) for (const m of text.matchAll(LINK)) ranges.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  else {
    const lower = text.toLocaleLowerCase();
    const needle = highlight.toLocaleLowerCase();
    for (let at = lower.indexOf(needle); at >= 0 && needle; at = lower.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (const [start, end] of ranges) {
    if (start < last) continue;
    if (start > last) parts.push({ text: text.slice(last, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    last = end;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return (
    <span className="link-snippet">
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}
    </span>
  );
}
