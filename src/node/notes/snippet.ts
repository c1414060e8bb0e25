// Context snippets: about 160 characters of a body around a range, on one line with whitespace collapsed.

export const SNIPPET_LENGTH = 160;

/** Text around body[start..end] (the range itself included), whitespace collapsed, "…" where it was cut. */
export function snippetAround(body: string, start: number, end: number, length = SNIPPET_LENGTH): string {
  const room = Math.max(0, length - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(body.length, end + (room - (start - from)));
  from = Math.max(0, Math.min(from, to - length));
  // Do not cut a surrogate pair in half.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(body[from])) from--;
  if (to < body.length && /[\uDC00-\uDFFF]/.test(body[to])) to++;
  const text = body.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${text}${to < body.length ? '…' : ''}`;
}
