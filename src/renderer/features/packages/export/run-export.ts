// Runs one package export: packages.export into the staging folder with task progress, then the download; cancellable
// at every step (packages.cancel while writing, packages.release of the staged file once written).
import type { ExportResult } from '../../../../common/api/methods/packages';
import type { PackageSelection } from '../../../../common/packages/manifest-types';
import { AppError } from '../../../../common/errors';
import { api } from '../../../state/services';
import { downloadStaged, newTaskId } from '../transfer';
import type { ExportFormat } from './export-selection';

export interface ExportRequest {
  format: ExportFormat;
  selection: PackageSelection;
  title: string;
  description: string;
  sign: boolean;
}

export type ExportProgress = { phase: 'writing' | 'downloading'; done: number; total: number };

export type ExportOutcome =
  | { kind: 'done'; result: ExportResult; fileName: string }
  | { kind: 'folder'; format: 'html' | 'markdown'; notes: number; fileName: string }
  | { kind: 'cancelled' };

export interface ExportRun {
  outcome: Promise<ExportOutcome>;
  cancel(): void;
}

export function startExport(request: ExportRequest, onProgress: (p: ExportProgress) => void): ExportRun {
  const taskId = newTaskId();
  let cancelled = false;
  let downloadId: string | null = null;
  const release = (id: string) => api().call('packages.release', { id }).catch(() => null);
  const off = api().on('task.progress', (p) => {
    if (p.taskId === taskId && !cancelled && !p.finished) onProgress({ phase: 'writing', done: p.done, total: p.total });
  });

  const outcome = (async (): Promise<ExportOutcome> => {
    try {
      onProgress({ phase: 'writing', done: 0, total: 0 });
      if (request.format !== 'package') return await exportFolder(request, request.format);
      const { format: _format, ...packageRequest } = request;
      const result = await api().call('packages.export', { ...packageRequest, taskId });
      const staged = result.downloadId;
      const fileName = result.fileName;
      if (!staged || !fileName) throw new AppError('INTERNAL', 'The export returned no staged file to download');
      downloadId = staged;
      if (cancelled) {
        await release(staged);
        return { kind: 'cancelled' };
      }
      onProgress({ phase: 'downloading', done: 0, total: result.bytes });
      await downloadStaged(staged, fileName, (done, total) => {
        if (!cancelled) onProgress({ phase: 'downloading', done, total });
      });
      return { kind: 'done', result, fileName };
    } catch (err) {
      if (downloadId) await release(downloadId);
      if (cancelled || (err instanceof AppError && err.code === 'CANCELLED')) return { kind: 'cancelled' };
      throw err;
    } finally {
      off();
    }
  })();

  /** HTML mini-site or Markdown folder of the same selection, staged by the service as a zip, then downloaded. */
  async function exportFolder(request: ExportRequest, format: 'html' | 'markdown'): Promise<ExportOutcome> {
    const input = { selection: request.selection, title: request.title };
    const result = format === 'html' ? await api().call('packages.exportHtml', input) : await api().call('packages.exportMarkdown', input);
    if (!result.downloadId || !result.fileName) throw new AppError('INTERNAL', 'The export returned no staged file to download');
    downloadId = result.downloadId;
    if (cancelled) {
      await release(result.downloadId);
      return { kind: 'cancelled' };
    }
    await downloadStaged(result.downloadId, result.fileName, (done, total) => {
      if (!cancelled) onProgress({ phase: 'downloading', done, total });
    });
    return { kind: 'folder', format, notes: result.notes, fileName: result.fileName };
  }

  return {
    outcome,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      // Once written, releasing the staged file stops the download at its next chunk; before, the task is cancelled.
      if (downloadId) void release(downloadId);
      else void api().call('packages.cancel', { taskId }).catch(() => null);
    },
  };
}
