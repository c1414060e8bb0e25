// Decodes a Markdown file's bytes: strips a BOM, normalises CRLF/CR to LF, replaces invalid UTF-8 (and says so).
export interface DecodedText {
  text: string;
  /** True when the bytes were not valid UTF-8 and U+FFFD replacement characters were inserted. */
  invalidUtf8: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  let invalidUtf8 = false;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    invalidUtf8 = true;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: text.replace(/\r\n?/g, '\n'), invalidUtf8 };
}
