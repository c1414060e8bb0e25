// Handlers of the vault API methods (src/common/api/methods/vault.ts): Markdown import/export and attachments.
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../../../common/api/contract';
import type { VAULT_API } from '../../../common/api/methods/vault';
import { AppError } from '../../../common/errors';
import { addAttachment } from '../../attachments/add-attachment';
import { AttachmentStore } from '../../attachments/attachment-store';
import { exportMarkdown } from '../../vault/export-markdown';
import { importMarkdown } from '../../vault/import-markdown';
import type { HandlerContext } from '../api-handlers';

export function createVaultHandlers(ctx: HandlerContext): Pick<ApiHandlers, keyof typeof VAULT_API> {
  const { db, events } = ctx;
  const store = new AttachmentStore(db, ctx.workspaceDir);
  const progress = (title: string) => {
    const taskId = randomUUID();
    return (done: number, total: number) => events.emit('task.progress', { taskId, title, done, total, finished: done >= total });
  };
  const liveNoteBody = (noteId: string): string => {
    const body = db.prepare('SELECT body FROM notes WHERE id = ? AND deleted_at IS NULL').pluck().get(noteId) as string | undefined;
    if (body === undefined) throw new AppError('NOT_FOUND', `No note with id ${noteId}`);
    return body;
  };

  return {
    async 'vault.importMarkdown'({ dir, domainName, dryRun }) {
      const report = importMarkdown({
        db,
        workspaceDir: ctx.workspaceDir,
        dir,
        domainName,
        dryRun,
        now: ctx.clock().toISOString(),
        onProgress: progress(`Import ${dir}`),
      });
      if (!report.dryRun) events.emit('workspace.changed', { reason: 'vault.importMarkdown' });
      return report;
    },
    async 'vault.exportMarkdown'({ outDir, domainId, domainIds }) {
      const ids = [...(domainIds ?? []), ...(domainId ? [domainId] : [])];
      return exportMarkdown({ db, workspaceDir: ctx.workspaceDir, outDir, domainIds: ids, onProgress: progress(`Export ${outDir}`) });
    },
    async 'attachments.add'({ noteId, fileName, dataBase64 }) {
      liveNoteBody(noteId);
      return addAttachment(db, ctx.workspaceDir, { noteId, fileName, dataBase64 }, ctx.clock().toISOString());
    },
    async 'attachments.list'({ noteId }) {
      return store.listForNote(noteId, liveNoteBody(noteId));
    },
    async 'attachments.get'({ id }) {
      const a = store.get(id);
      const data = a ? store.read(id) : null;
      if (!a || !data) throw new AppError('NOT_FOUND', `No attachment with id ${id}`);
      const { storedPath: _stored, ...attachment } = a;
      return { ...attachment, dataBase64: data.toString('base64') };
    },
  };
}
