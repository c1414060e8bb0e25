// One 5D phase of a plan: status, fields, checklist, tasks (overdue highlighted) and outputs.
import { useTranslation } from 'react-i18next';
import type { PlanPhase } from '../../../common/api/types';
import { Icon } from '../../icons/Icon';
import { formatDate } from '../../i18n/format';
import { openNote } from '../../workbench/tab-actions';
import { fieldText, humanizeKey, isOverdue } from './plan-format';

export function PhaseSection({
  anchorId,
  phase,
  current,
  memberName,
}: {
  anchorId: string;
  phase: PlanPhase;
  current: boolean;
  memberName(id: string | null): string;
}) {
  const { t, i18n } = useTranslation();
  const textOpts = { memberName: (v: string) => memberName(v) || v, yes: t('common.yes'), no: t('common.no') };
  const fields = Object.entries(phase.fields ?? {})
    .map(([key, value]) => [key, fieldText(value, textOpts)] as const)
    .filter(([, text]) => text !== '');
  return (
    <section id={anchorId} className={`phase-section${current ? ' current' : ''}`} data-phase-section={phase.id} data-status={phase.status}>
      <h2 className="phase-title">
        {t(`phases.${phase.id}`)}
        <span className={`chip phase-chip-${phase.status}`}>{t(`phaseStatus.${phase.status}`)}</span>
        {phase.completedAt && <span className="muted small">{t('plans.completedOn', { date: formatDate(phase.completedAt, i18n.language) })}</span>}
      </h2>
      <p className="muted small phase-hint">{t(`phaseHints.${phase.id}`)}</p>

      {fields.length > 0 && (
        <dl className="fields">
          {fields.map(([key, text]) => (
            <div key={key} className="field-row">
              <dt>{humanizeKey(key)}</dt>
              <dd className="field-value">{text}</dd>
            </div>
          ))}
        </dl>
      )}

      {phase.checklist.length > 0 && (
        <>
          <h3 className="subheading">{t('plans.checklist')}</h3>
          <ul className="checklist">
            {phase.checklist.map((item, i) => (
              <li key={i} className={item.done ? 'done' : ''}>
                <input type="checkbox" checked={item.done} readOnly disabled aria-label={item.label} />
                <span>{item.label}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {phase.tasks.length > 0 && (
        <>
          <h3 className="subheading">{t('plans.tasks')}</h3>
          <table className="data-table tasks-table">
            <thead>
              <tr>
                <th>{t('plans.task')}</th>
                <th>{t('plans.owner')}</th>
                <th>{t('plans.due')}</th>
                <th>{t('plans.taskStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {phase.tasks.map((task, i) => {
                const overdue = isOverdue(task);
                return (
                  <tr key={i} className={overdue ? 'overdue' : ''} data-overdue={overdue ? 'true' : undefined} data-task-status={task.status}>
                    <td>{task.title}</td>
                    <td>{memberName(task.ownerId) || '—'}</td>
                    <td>
                      {formatDate(task.due, i18n.language) || '—'}
                      {overdue && <span className="chip chip-danger">{t('plans.overdue')}</span>}
                    </td>
                    <td>
                      <span className={`chip task-${task.status}`}>{t(`taskStatus.${task.status}`)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}

      {phase.outputs.length > 0 && (
        <>
          <h3 className="subheading">{t('plans.outputs')}</h3>
          <ul className="link-list">
            {phase.outputs.map((out, i) => (
              <li key={i}>
                {out.noteId ? (
                  <button type="button" className="link-button" data-link-target={out.noteId} onClick={() => openNote(out.noteId!)}>
                    <Icon name="note" />
                    <span>{out.title}</span>
                  </button>
                ) : (
                  <span className="link-unresolved">
                    <Icon name="linkBroken" />
                    <span>{out.title}</span>
                    <span className="chip chip-warning">{t('plans.notWrittenYet')}</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
