// Imports questionnaire answers (CSV: respondent,contact,direction[,topic][,frequency]) picked from disk, then shows
// what was imported and why rows were skipped (unknown names, self-ties, duplicates, line-numbered errors).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyImportReport } from '../../../common/api/methods/network';
import { api } from '../../state/services';
import { errorParts } from '../notifications/report-error';

type State = { status: 'idle' } | { status: 'busy'; fileName: string } | { status: 'done'; fileName: string; report: SurveyImportReport } | { status: 'error'; fileName: string; message: string };

export function SurveyImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement | null>(null);
  const [state, setState] = useState<State>({ status: 'idle' });

  const importFile = async (file: File) => {
    setState({ status: 'busy', fileName: file.name });
    try {
      const report = await api().call('network.importSurvey', { csvText: await file.text(), sourceFile: file.name.slice(0, 300) });
      setState({ status: 'done', fileName: file.name, report });
      if (report.imported > 0) onImported();
    } catch (err) {
      setState({ status: 'error', fileName: file.name, message: errorParts(err).message });
    }
  };

  return (
    <>
      <button type="button" className="button" data-testid="network-import-survey" title={t('network.view.importHint')} disabled={state.status === 'busy'} onClick={() => input.current?.click()}>
        {state.status === 'busy' ? t('network.view.importing') : t('network.view.importSurvey')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="network-survey-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      {(state.status === 'done' || state.status === 'error') && (
        <div className={`network-survey-report${state.status === 'error' ? ' error-text' : ''}`} role="status" data-testid="network-survey-report" data-state={state.status}>
          <button type="button" className="icon-button network-survey-close" aria-label={t('common.dismiss')} onClick={() => setState({ status: 'idle' })}>
            ×
          </button>
          <strong>{state.fileName}</strong>
          {state.status === 'error' ? <p>{state.message}</p> : <SurveyReport report={state.report} />}
        </div>
      )}
    </>
  );
}

function SurveyReport({ report }: { report: SurveyImportReport }) {
  const { t } = useTranslation();
  const skipped = report.skipped.self + report.skipped.duplicate + report.skipped.unknown + report.skipped.invalid;
  return (
    <>
      <p data-testid="network-survey-imported">{t('network.survey.imported', { imported: report.imported, rows: report.rows })}</p>
      {skipped > 0 && <p>{t('network.survey.skipped', report.skipped)}</p>}
      {report.unknownNames.length > 0 && <p data-testid="network-survey-unknown">{t('network.survey.unknownNames', { names: report.unknownNames.join(', ') })}</p>}
      {report.errors.length > 0 && (
        <ul className="network-survey-errors">
          {report.errors.map((e) => (
            <li key={e.line}>{t('network.view.lineError', { line: e.line, message: e.message })}</li>
          ))}
          {report.moreErrors > 0 && <li>{t('network.view.moreErrors', { count: report.moreErrors })}</li>}
        </ul>
      )}
    </>
  );
}
