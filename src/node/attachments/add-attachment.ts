// attachments.add: stores base64 content for a note, content-addressed and deduplicated, file moved in after the commit.
import type { Database } from 'better-sqlite3';
import type { Attachment } from '../../common/api/methods/vault';
import { AppError } from '../../common/errors';
import { AttachmentStaging, AttachmentStore, sha256Hex } from './attachment-store';
import { mimeFromFileName } from './mime';

export const MAX_ATTACHMENT_SIZE = 50 * 1024 * 1024;

/** Returns the stored attachment; identical content already stored is reused (its row, id and first file name). */
export function addAttachment(db: Database, workspaceDir: string, input: { noteId: string; fileName: string; dataBase64: string }, now: string): Attachment {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.dataBase64.replace(/\s+/g, ''))) throw new AppError('INVALID_INPUT', 'dataBase64 is not valid base64');
  const data = Buffer.from(input.dataBase64, 'base64');
  if (data.length > MAX_ATTACHMENT_SIZE) throw new AppError('INVALID_INPUT', 'Attachments are limited to 50 MB');
  const store = new AttachmentStore(db, workspaceDir);
  const sha = sha256Hex(data);
  const existing = store.findBySha(sha);
  if (existing?.fileExists) return existing.attachment;
  const staging = new AttachmentStaging(workspaceDir);
  try {
    staging.stage(sha, data);
    if (existing) {
      // The row is there but its file went missing: put the file back.
      staging.commit();
      return existing.attachment;
    }
    const row = { id: store.newId(), noteId: input.noteId, fileName: input.fileName, mime: mimeFromFileName(input.fileName), size: data.length, sha256: sha };
    db.transaction(() => store.insertRow(row, now))();
    staging.commit();
    return row;
  } catch (err) {
    staging.discard();
    throw err;
  }
}
