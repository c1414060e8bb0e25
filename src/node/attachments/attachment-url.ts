// The URL scheme notes use for stored attachments: `attachments/<id>/<percent-encoded file name>`.
// The id identifies the attachment; the file name is for people and for the UI's download name.

export const ATTACHMENT_URL_RE = /^attachments\/([A-Za-z0-9-]{1,200})\/([^/?#]*)$/;

export function attachmentUrl(id: string, fileName: string): string {
  return `attachments/${id}/${encodeURIComponent(fileName)}`;
}

/** The attachment id named by a link URL, or null when the URL is not an attachment link. */
export function attachmentIdFromUrl(url: string): string | null {
  const m = ATTACHMENT_URL_RE.exec(url);
  return m ? m[1] : null;
}
