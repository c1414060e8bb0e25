// The package export dialog: the selection on the left, the preview of exactly what leaves the machine on the right,
// then export with progress and cancel, and the download of the .copkg.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, loadDomains, loadPlans } from '../../../state/data-store';
import { api } from '../../../state/services';
import { useStore } from '../../../state/store';
import { parseTabId } from '../../../state/tabs';
import { workbench } from '../../../state/workbench-store';
import { Modal } from '../../dialogs/Modal';
import { notify } from '../../notifications/notifications';
import { errorParts, reportError } from '../../notifications/report-error';
import { log } from '../../output/output-log';
import { closeExportDialog, exportDialog } from './export-dialog-store';
import { defaultTitle, emptyForm, formatBytes, isEmptySelection, toSelection } from './export-selection';
import type { ExportForm } from './export-selection';
import { PreviewPane, countsText } from './PreviewPane';
import { startExport } from './run-export';
import type { ExportProgress, ExportRun } from './run-export';
import { SelectionForm } from './SelectionForm';
import type { Identity } from './SelectionForm';
import { useExportPreview } from './use-export-preview';
import './export.css';

/** Mounted by the dialogs host: the dialog while it is open, a fresh one on every open. */
export function PackageExportDialogHost() {
  const open = useStore(exportDialog, (s) => s.open);
  const session = useStore(exportDialog, (s) => s.session);
  return open ? <ExportDialog key={session} /> : null;
}

function ExportDialog() {
  const { t, i18n } = useTranslation();
  const domains = useStore(data, (s) => s.domains);
  const plans = useStore(data, (s) => s.plans);
  const [form, setForm] = useState<ExportForm>(() => emptyForm(exportDialog.get().domainIds));
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set());
  const [currentNote, setCurrentNote] = useState<{ id: string; title: string } | null>(null);
  const [identity, setIdentity] = useState<Identity | { error: string } | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [failure, setFailure] = useState<{ code: string; message: string } | null>(null);
  const run = useRef<ExportRun | null>(null);
  const [revision, setRevision] = useState(0);
  const update = (patch: Partial<ExportForm>) => setForm((f) => ({ ...f, ...patch }));

  useEffect(() => {
    if (!domains) void loadDomains();
    if (!plans) void loadPlans();
    const tab = parseTabId(workbench.get().activeTab ?? '');
    if (tab?.kind === 'note') {
      api()
        .call('notes.get', { id: tab.id })
        .then((n) => setCurrentNote({ id: n.id, title: n.title }))
        .catch(() => null);
    }
    // A closed dialog stops its export (the staged file is released).
    return () => run.current?.cancel();
  }, []);

  // Notes, domains or plans changed elsewhere (another window, the CLI): preview again.
  useEffect(() => {
    const bump = () => setRevision((r) => r + 1);
    const offs = (['notes.changed', 'domains.changed', 'plans.changed', 'workspace.changed'] as const).map((e) => api().on(e, bump));
    return () => offs.forEach((off) => off());
  }, []);

  useEffect(() => {
    if (!form.sign || identity) return;
    api()
      .call('keys.show', {})
      .then((k) => setIdentity({ keyId: k.keyId, name: k.name }))
      .catch((err: unknown) => setIdentity({ error: errorParts(err).message }));
  }, [form.sign, identity]);

  // The title follows the choice until the user types one.
  const proposedTitle = useMemo(() => {
    const names = (domains ?? []).filter((d) => form.domainIds.includes(d.id)).map((d) => d.name);
    const plan = (plans ?? []).find((p) => p.id === form.planId)?.title ?? null;
    return defaultTitle(names, plan, form.currentNoteId && currentNote ? currentNote.title : null);
  }, [domains, plans, form.domainIds, form.planId, form.currentNoteId, currentNote]);
  useEffect(() => {
    if (!form.titleEdited && form.title !== proposedTitle) update({ title: proposedTitle });
  }, [proposedTitle, form.titleEdited, form.title]);

  const baseSelection = useMemo(() => {
    const sel = toSelection(form, []);
    return isEmptySelection(sel) ? null : sel;
  }, [form]);
  const excludedList = useMemo(() => [...excluded].sort(), [excluded]);
  const effectiveSelection = useMemo(() => (baseSelection && excludedList.length ? { ...baseSelection, excludedNoteIds: excludedList } : null), [baseSelection, excludedList]);
  const base = useExportPreview(baseSelection, 250, revision);
  const withExclusions = useExportPreview(effectiveSelection, 150, revision);
  const effective = effectiveSelection ? withExclusions : base;
  const wantedKey = JSON.stringify(effectiveSelection ?? baseSelection);
  const current = effective.previewKey === wantedKey && !effective.loading && (effectiveSelection === null || base.previewKey === JSON.stringify(baseSelection));

  const running = progress !== null;
  const shown = current ? effective.preview : null;
  const nothing = shown !== null && shown.notes.length === 0 && shown.plans.length === 0;
  const canExport = !running && shown !== null && !nothing && form.title.trim().length > 0 && !base.error && !effective.error;

  const onToggle = (ids: string[], include: boolean) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (include) next.delete(id);
        else next.add(id);
      }
      return next;
    });

  const submit = async () => {
    if (!canExport || !effective.preview) return;
    const selection = toSelection(form, excludedList);
    setFailure(null);
    const started = startExport(
      { format: form.format, selection, title: form.title.trim(), description: form.description, sign: form.format === 'package' && form.sign },
      setProgress,
    );
    run.current = started;
    try {
      const outcome = await started.outcome;
      if (outcome.kind === 'cancelled') {
        notify('info', 'packageExport.cancelled', { title: form.title.trim() });
        log('info', 'packageExport.cancelled', { title: form.title.trim() });
        return;
      }
      if (outcome.kind === 'folder') {
        const params = { title: form.title.trim(), count: outcome.notes, file: outcome.fileName };
        notify('info', `packageExport.exportedFolder.${outcome.format}`, params);
        log('info', `packageExport.exportedFolder.${outcome.format}`, params);
        run.current = null;
        closeExportDialog();
        return;
      }
      const { result, fileName } = outcome;
      const params = { title: form.title.trim(), counts: countsText(t, result.counts), size: formatBytes(result.bytes, i18n.language), file: fileName };
      notify('info', result.signed ? 'packageExport.exportedSigned' : 'packageExport.exported', params);
      log('info', 'packageExport.exported', params);
      run.current = null;
      closeExportDialog();
    } catch (err) {
      setFailure(errorParts(err));
      reportError(err, 'packageExport.exportFailed');
    } finally {
      if (run.current === started) run.current = null;
      setProgress(null);
    }
  };

  const cancelRun = () => run.current?.cancel();
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;

  return (
    <Modal labelId="package-export-title" testId="package-export-dialog" onCancel={running ? cancelRun : closeExportDialog} className="package-export-dialog">
      <form
        className="export-layout"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
        }}
      >
        <header className="export-header">
          <h2 id="package-export-title" className="modal-title">
            {t('packageExport.heading')}
          </h2>
          <span className="export-muted">{t('packageExport.intro')}</span>
        </header>
        <div className="export-body">
          <div className="export-side">
            <SelectionForm form={form} update={update} domains={domains} plans={plans} currentNote={currentNote} identity={identity} disabled={running} />
          </div>
          <PreviewPane base={base} effective={effective} current={current} empty={baseSelection === null} excluded={excluded} disabled={running} onToggle={onToggle} />
        </div>
        <footer className="export-footer">
          <div className="export-status">
            {running && (
              <div className="export-run" data-testid="export-progress" data-phase={progress.phase} data-done={progress.done} data-total={progress.total}>
                <span className="export-run-label">
                  {progress.phase === 'writing' ? t('packageExport.writing') : t('packageExport.downloading')}
                  {percent !== null && ` ${percent}%`}
                </span>
                <div
                  className="progress export-progress-bar"
                  role="progressbar"
                  aria-label={progress.phase === 'writing' ? t('packageExport.writing') : t('packageExport.downloading')}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={percent ?? undefined}
                >
                  <div className={`progress-fill${percent === null ? ' indeterminate' : ''}`} style={{ width: `${percent ?? 30}%` }} />
                </div>
              </div>
            )}
            {!running && failure && (
              <div className="input-error" role="alert" data-testid="export-error" data-code={failure.code}>
                {failure.code}: {failure.message}
              </div>
            )}
            {!running && !failure && nothing && <span className="export-muted">{t('packageExport.nothingToExport')}</span>}
          </div>
          <div className="modal-buttons export-buttons">
            {running ? (
              <button type="button" className="button" data-testid="export-cancel" onClick={cancelRun}>
                {t('packageExport.cancelExport')}
              </button>
            ) : (
              <>
                <button type="submit" className="button primary" data-testid="export-submit" disabled={!canExport} title={t('packageExport.submitHint')}>
                  {t('packageExport.submit')}
                </button>
                <button type="button" className="button" data-testid="export-close" onClick={closeExportDialog}>
                  {t('packageExport.close')}
                </button>
              </>
            )}
          </div>
        </footer>
      </form>
    </Modal>
  );
}
