// Archive paths of package entries: safe, forward-slash names that the package reader accepts.
import { createHash } from 'node:crypto';

/** Lower case only: ids differing by case would otherwise collide on case-insensitive file systems (and in the reader). */
const SAFE_ID = /^[a-z0-9_-][a-z0-9._-]{0,199}$/;

/** An id as a path segment: itself when plainly safe, else a stable hash of it (readers use the id inside the JSON). */
export function idSegment(id: string): string {
  return SAFE_ID.test(id) && id !== '.' && id !== '..' ? id : `h-${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

/** A file name with no separators, control characters, reserved characters or trailing dots/spaces. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/[. ]+$/, '')
    .trim()
    .slice(0, 150);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'file';
}

export const notePath = (id: string, ext: 'md' | 'json'): string => `notes/${idSegment(id)}.${ext}`;
export const planPath = (id: string): string => `plans/${idSegment(id)}.json`;
export const templatePath = (id: string, version: number): string => `templates/${idSegment(id)}@${version}.json`;
export const attachmentEntryPath = (sha256: string, fileName: string): string => `attachments/${sha256}/${safeFileName(fileName)}`;
export const ATTACHMENTS_INDEX_PATH = 'attachments.json';
export const DOMAINS_PATH = 'domains.json';
export const MEMBERS_PATH = 'members.json';
