// Opening a package for import (file picker, drop, desktop file association), previewing, trusting its key,
// importing with progress and cancel, and releasing the staged upload when its tab closes.
import type { ImportStrategy } from '../../../../common/api/methods/packages';
import { toDisposable, type Disposable } from '../../../../common/disposable';
import { api } from '../../../state/services';
import { makeTabId, parseTabId } from '../../../state/tabs';
import { openTab, workbench } from '../../../state/workbench-store';
import { errorParts } from '../../notifications/report-error';
import { log } from '../../output/output-log';
import { newTaskId, uploadPackageFile } from '../transfer';
import { dropSession, getSession, patchSession, putSession, type ImportSession, type ImportSource } from './import-store';

export const PACKAGE_EXTENSION = '.copkg';

export function isPackageFileName(name: string): boolean {
  return name.toLowerCase().endsWith(PACKAGE_EXTENSION);
}

const uploads = new Map<string, AbortController>();
const imports = new Map<string, Promise<unknown>>();
let picker: HTMLInputElement | null = null;

/** The hidden file input the Import Package command clicks (rendered once by PackageDropLayer). */
export function setPackagePicker(input: HTMLInputElement | null): void {
  picker = input;
}

export function pickAndImportPackage(): void {
  if (!picker) return;
  picker.value = '';
  picker.click();
}

function newSession(fileName: string, source: ImportSource | null): ImportSession {
  const session: ImportSession = {
    id: `imp-${crypto.randomUUID()}`,
    fileName,
    source,
    phase: source ? 'previewing' : 'uploading',
    progress: null,
    preview: null,
    error: null,
    strategy: 'keep-mine',
    choices: {},
    filter: 'all',
    selected: null,
    taskId: null,
    report: null,
    trusting: false,
  };
  putSession(session);
  openTab(makeTabId('package', session.id));
  return session;
}

/** Uploads a picked or dropped file in chunks (progress in the tab), then previews it. */
export async function openPackageFile(file: File): Promise<void> {
  const session = newSession(file.name || 'package.copkg', null);
  const abort = new AbortController();
  uploads.set(session.id, abort);
  patchSession(session.id, { progress: { done: 0, total: file.size } });
  try {
    const uploadId = await uploadPackageFile(file, (done, total) => patchSession(session.id, { progress: { done, total } }), abort.signal);
    if (!getSession(session.id)) {
      // The tab was closed while uploading.
      void api().call('packages.release', { id: uploadId }).catch(() => undefined);
      return;
    }
    patchSession(session.id, { source: { uploadId }, phase: 'previewing', progress: null });
  } catch (err) {
    if (getSession(session.id)) patchSession(session.id, { phase: 'failed', progress: null, error: errorParts(err) });
    return;
  } finally {
    uploads.delete(session.id);
  }
  await loadPreview(session.id);
}

/** Previews a package file the desktop host knows by path (file association, second instance, macOS open-file). */
export async function openPackagePath(path: string): Promise<void> {
  const name = path.split(/[\\/]/).pop() || path;
  const session = newSession(name, { path });
  await loadPreview(session.id);
}

/** Verifies and classifies the package (nothing is written); refusals keep their code and message for the tab. */
export async function loadPreview(id: string): Promise<void> {
  const session = getSession(id);
  if (!session?.source) return;
  patchSession(id, { phase: 'previewing', error: null });
  try {
    const preview = await api().call('packages.previewImport', session.source);
    const first = preview.notes.find((n) => n.status !== 'unchanged') ?? preview.notes[0];
    patchSession(id, (s) => ({
      phase: 'ready',
      preview,
      selected: s.selected && preview.notes.some((n) => n.sourceId === s.selected) ? s.selected : (first?.sourceId ?? null),
    }));
  } catch (err) {
    patchSession(id, { phase: 'failed', preview: null, error: errorParts(err) });
    log('error', 'output.error', { ctxKey: 'packageImport.previewFailed', ...errorParts(err) });
  }
}

/** Adds the package creator's public key to the trusted keys, then previews again (the badge turns "trusted"). */
export async function trustCreatorKey(id: string): Promise<void> {
  const creator = getSession(id)?.preview?.manifest.creator;
  if (!creator?.publicKey) return;
  patchSession(id, { trusting: true });
  try {
    await api().call('keys.trust', { publicKey: creator.publicKey, name: creator.name || 'unknown' });
    await loadPreview(id);
  } catch (err) {
    patchSession(id, { error: errorParts(err) });
  } finally {
    patchSession(id, { trusting: false });
  }
}

export function setChoice(id: string, sourceId: string, choice: ImportStrategy): void {
  patchSession(id, (s) => ({ choices: { ...s.choices, [sourceId]: choice } }));
}

/** Imports with the chosen strategy and per-note choices; progress from task.progress; the result summary stays in the tab. */
export async function runImport(id: string): Promise<void> {
  const session = getSession(id);
  if (!session?.source || session.phase !== 'ready') return;
  const taskId = newTaskId();
  const total = session.preview?.notes.length ?? 0;
  patchSession(id, { phase: 'importing', taskId, error: null, progress: { done: 0, total } });
  const off = api().on('task.progress', (p) => {
    if (p.taskId === taskId) patchSession(id, { progress: { done: p.done, total: p.total } });
  });
  const run = api().call('packages.import', { ...session.source, strategy: session.strategy, choices: session.choices, taskId });
  imports.set(id, run);
  try {
    const report = await run;
    patchSession(id, { phase: 'done', report, progress: null, taskId: null });
    log('info', 'packageImport.logImported', {
      title: session.preview?.manifest.title ?? session.fileName,
      added: report.added,
      updated: report.updated,
      keptBoth: report.keptBoth,
    });
  } catch (err) {
    patchSession(id, { phase: 'ready', error: errorParts(err), progress: null, taskId: null });
  } finally {
    off();
    imports.delete(id);
  }
}

export async function cancelImport(id: string): Promise<void> {
  const session = getSession(id);
  if (session?.phase === 'uploading') {
    uploads.get(id)?.abort();
    return;
  }
  if (session?.taskId) await api().call('packages.cancel', { taskId: session.taskId }).catch(() => undefined);
}

/** Forgets a closed tab's session: stops its upload and releases the staged file (after a running import ends). */
async function closeSession(id: string): Promise<void> {
  const session = getSession(id);
  dropSession(id);
  uploads.get(id)?.abort();
  const running = imports.get(id);
  if (running) await running.catch(() => undefined);
  if (session?.source && 'uploadId' in session.source) {
    await api().call('packages.release', { id: session.source.uploadId }).catch(() => undefined);
  }
}

/** Releases the session of every package tab that was closed. */
export function installImportSessions(): Disposable {
  const open = () =>
    new Set(
      workbench
        .get()
        .tabs.map((t) => parseTabId(t))
        .filter((p) => p?.kind === 'package')
        .map((p) => p!.id),
    );
  let known = open();
  const off = workbench.subscribe(() => {
    const now = open();
    for (const id of known) if (!now.has(id)) void closeSession(id);
    known = now;
  });
  return toDisposable(off);
}
