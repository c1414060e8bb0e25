// Bottom bar of the import preview: strategy for all conflicts, Import with progress and Cancel, then the result summary.
import { useTranslation } from 'react-i18next';
import type { ImportStrategy } from '../../../../common/api/methods/packages';
import { cancelImport, runImport } from './import-actions';
import { patchSession, type ImportNoteStatus, type ImportSession } from './import-store';

const STRATEGIES: readonly ImportStrategy[] = ['keep-mine', 'take-theirs', 'keep-both'];

export function ImportBar({ session, counts, percent }: { session: ImportSession; counts: Record<ImportNoteStatus, number>; percent: number }) {
  const { t } = useTranslation();
  const { phase, report, error } = session;
  const plansToDo = (session.preview?.plans ?? []).filter((p) => p.status !== 'unchanged').length;
  const nothingToDo = counts.new + counts.updated + counts.conflict + plansToDo === 0;

  if (phase === 'done' && report) {
    return (
      <footer
        className="import-bar import-summary"
        data-testid="import-summary"
        data-added={report.added}
        data-updated={report.updated}
        data-conflicts={report.conflicts}
        data-unchanged={report.unchanged}
        data-kept-both={report.keptBoth}
        role="status"
      >
        <strong>{t('packageImport.done')}</strong>
        <span>{t('packageImport.summary', { ...report })}</span>
        {report.plansAdded + report.plansUpdated + report.plansConflicts > 0 && (
          <span data-testid="import-plans-summary">{t('packageImport.plansSummary', { ...report })}</span>
        )}
      </footer>
    );
  }

  return (
    <footer className="import-bar">
      {counts.conflict > 0 && (
        <label className="import-strategy">
          {t('packageImport.forAllConflicts')}
          <select
            data-testid="import-strategy"
            value={session.strategy}
            disabled={phase !== 'ready'}
            onChange={(e) => patchSession(session.id, { strategy: e.currentTarget.value as ImportStrategy })}
          >
            {STRATEGIES.map((s) => (
              <option key={s} value={s}>
                {t(`packageImport.choice.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <span className={error.code === 'CANCELLED' ? 'muted' : 'error-text'} data-testid="import-error" data-code={error.code} role="alert">
          {error.code === 'CANCELLED' ? t('packageImport.cancelled') : `[${error.code}] ${error.message}`}
        </span>
      )}
      <span className="import-bar-spacer" />
      {phase === 'importing' ? (
        <>
          <progress max={100} value={percent} aria-label={t('packageImport.importing')} />
          <span className="muted" data-testid="import-progress">
            {t('packageImport.progress', { percent })}
          </span>
          <button type="button" className="button" data-testid="import-cancel" onClick={() => void cancelImport(session.id)}>
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="button primary" data-testid="import-submit" disabled={phase !== 'ready' || nothingToDo} onClick={() => void runImport(session.id)}>
          {nothingToDo ? t('packageImport.nothingToDo') : t('packageImport.import')}
        </button>
      )}
    </footer>
  );
}
