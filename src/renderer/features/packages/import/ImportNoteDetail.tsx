// The selected package note: what importing it would do, the choice for updated and conflicting notes, and the diff.
import { useTranslation } from 'react-i18next';
import type { ImportNotePreview, ImportStrategy } from '../../../../common/api/methods/packages';
import { setChoice } from './import-actions';
import { effectiveChoice, type ImportSession } from './import-store';
import { differs } from './side-by-side';
import { SideBySideDiff } from './SideBySideDiff';

const CHOICES: readonly ImportStrategy[] = ['keep-mine', 'take-theirs', 'keep-both'];

export function ImportNoteDetail({ session, note }: { session: ImportSession; note: ImportNotePreview | null }) {
  const { t } = useTranslation();
  if (!note) return <section className="import-detail muted">{t('packageImport.pickNote')}</section>;
  const choice = effectiveChoice(session, note.sourceId, note.status);
  const editable = session.phase === 'ready';
  return (
    <section className="import-detail" data-testid="import-note-detail" data-source-id={note.sourceId} data-status={note.status} aria-label={note.title}>
      <div className="import-detail-head">
        <h2>{note.title}</h2>
        <span className={`status-badge status-${note.status}`}>{t(`packageImport.status.${note.status}`)}</span>
      </div>
      <p className="muted">{t(`packageImport.explain.${note.status}`)}</p>

      {choice && (
        <fieldset className="import-choice" data-testid="import-choice" data-choice={choice} disabled={!editable}>
          <legend>{t('packageImport.choiceFor')}</legend>
          {CHOICES.map((c) => (
            <label key={c}>
              <input type="radio" name={`choice-${session.id}-${note.sourceId}`} value={c} checked={choice === c} onChange={() => setChoice(session.id, note.sourceId, c)} />
              {t(`packageImport.choice.${c}`)}
            </label>
          ))}
        </fieldset>
      )}

      {note.status === 'new' && (
        <div className="import-theirs" data-testid="import-theirs">
          <h3>{t('packageImport.theirs')}</h3>
          <pre className="import-body-text">{note.theirs.body}</pre>
        </div>
      )}

      {(note.status === 'updated' || note.status === 'conflict') && note.mine && (
        <>
          {differs(note.mine.title, note.theirs.title) && (
            <div className="title-diff" data-testid="import-title-diff">
              <span className="diff-mine-title">
                <span className="muted">{t('packageImport.mine')}:</span> <del>{note.mine.title}</del>
              </span>
              <span className="diff-theirs-title">
                <span className="muted">{t('packageImport.theirs')}:</span> <ins>{note.theirs.title}</ins>
              </span>
            </div>
          )}
          {differs(note.mine.body, note.theirs.body) ? (
            <SideBySideDiff mine={note.mine.body} theirs={note.theirs.body} />
          ) : (
            <p className="muted">{t('packageImport.sameBody')}</p>
          )}
        </>
      )}
    </section>
  );
}
