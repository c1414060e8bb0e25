// The import preview tab: package header with its signature, status filter, the note list, the selected note's
// diff and choice, and the import bar (strategy, Import, progress, Cancel, result summary).
import { useTranslation } from 'react-i18next';
import { useStore } from '../../../state/store';
import { ImportBar } from './ImportBar';
import { ImportHeader } from './ImportHeader';
import { ImportNoteDetail } from './ImportNoteDetail';
import { ImportNoteList } from './ImportNoteList';
import { ImportPlans } from './ImportPlans';
import { countByStatus, packageImports, patchSession, STATUSES } from './import-store';
import './package-import.css';

function percent(p: { done: number; total: number } | null): number {
  return p && p.total > 0 ? Math.round((100 * Math.min(p.done, p.total)) / p.total) : 0;
}

export function PackageImportTab({ id }: { id: string }) {
  const { t } = useTranslation();
  const session = useStore(packageImports, (s) => s.byId[id]);

  if (!session) return <div className="editor-message">{t('packageImport.closed')}</div>;
  const { phase, preview, error } = session;

  if (phase === 'uploading' || (phase === 'previewing' && !preview)) {
    return (
      <div className="editor-message package-import-loading" data-testid="package-import" data-phase={phase}>
        <strong>{session.fileName}</strong>
        <span>{phase === 'uploading' ? t('packageImport.uploading', { percent: percent(session.progress) }) : t('packageImport.verifying')}</span>
        {phase === 'uploading' && <progress max={100} value={percent(session.progress)} />}
      </div>
    );
  }

  if (phase === 'failed' || !preview) {
    return (
      <div className="editor-message editor-error" role="alert" data-testid="package-import" data-phase="failed">
        <strong>{t('packageImport.refused', { name: session.fileName })}</strong>
        <span data-testid="package-import-error" data-code={error?.code}>
          [{error?.code}] {error?.message}
        </span>
        <span className="muted">{t('packageImport.nothingImported')}</span>
      </div>
    );
  }

  const counts = countByStatus(preview);
  const visible = session.filter === 'all' ? preview.notes : preview.notes.filter((n) => n.status === session.filter);
  const selected = preview.notes.find((n) => n.sourceId === session.selected) ?? null;

  return (
    <article className="package-import" data-testid="package-import" data-phase={phase} data-package-id={preview.manifest.packageId}>
      <ImportHeader session={session} />
      <div className="import-filters" role="toolbar" aria-label={t('packageImport.filter')}>
        {(['all', ...STATUSES] as const).map((status) => (
          <button
            key={status}
            type="button"
            className={`import-filter${session.filter === status ? ' active' : ''}`}
            aria-pressed={session.filter === status}
            data-testid="import-filter"
            data-status={status}
            data-count={status === 'all' ? preview.notes.length : counts[status]}
            onClick={() => patchSession(id, { filter: status })}
          >
            {t(`packageImport.status.${status}`)} <span className="badge">{status === 'all' ? preview.notes.length : counts[status]}</span>
          </button>
        ))}
      </div>
      <ImportPlans session={session} />
      <div className="import-body">
        <ImportNoteList session={session} notes={visible} />
        <ImportNoteDetail session={session} note={selected} />
      </div>
      <ImportBar session={session} counts={counts} percent={percent(session.progress)} />
    </article>
  );
}
