// Attachment references in Markdown: attachments/<id>/<fileName>.

const ATTACHMENT_SRC = /^attachments\/([^/]+)\/[^/]+$/;

export function attachmentIdOf(src: string): string | null {
  return ATTACHMENT_SRC.exec(src)?.[1] ?? null;
}

export function attachmentSrc(id: string, fileName: string): string {
  return `attachments/${id}/${encodeURIComponent(fileName)}`;
}
