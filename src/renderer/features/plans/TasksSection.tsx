// Tasks of a phase: add (title, owner, due), change status / owner / due, remove; overdue ones marked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTask, TaskStatus } from '../../../common/api/methods/plans';
import type { Member } from '../../../common/api/types';
import { RemoveButton } from './RemoveButton';
import { MemberSelect } from './MemberSelect';
import { addTask, removeTask, updateTask } from './plan-actions';
import { isOverdue } from './plan-text';

const STATUSES: TaskStatus[] = ['todo', 'doing', 'done'];

export function TasksSection({ planId, phaseId, tasks, members }: { planId: string; phaseId: string; tasks: PlanTask[]; members: Member[] }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const [due, setDue] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!title.trim() || busy) return;
    setBusy(true);
    const ok = await addTask(planId, phaseId, title.trim(), owner, due || null);
    setBusy(false);
    if (ok) {
      setTitle('');
      setOwner(null);
      setDue('');
    }
  };

  return (
    <section className="plan-block" data-testid="plan-tasks">
      <h3 className="subheading">{t('plans.tasks')}</h3>
      {tasks.length === 0 ? (
        <p className="muted small">{t('plans.noTasks')}</p>
      ) : (
        <table className="data-table tasks-table">
          <thead>
            <tr>
              <th>{t('plans.task')}</th>
              <th>{t('plans.owner')}</th>
              <th>{t('plans.due')}</th>
              <th>{t('plans.taskStatus')}</th>
              <th aria-label={t('plans.actions')} />
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => {
              const overdue = isOverdue(task);
              return (
                <tr key={task.id} className={overdue ? 'overdue' : ''} data-task-id={task.id} data-overdue={overdue ? 'true' : undefined} data-task-status={task.status}>
                  <td className="task-title">
                    {task.title}
                    {overdue && <span className="chip chip-danger">{t('plans.overdue')}</span>}
                  </td>
                  <td data-owner-missing={task.ownerMissing ? 'true' : undefined}>
                    <MemberSelect members={members} value={task.ownerId} label={t('plans.owner')} onChange={(v) => void updateTask(planId, task.id, { ownerId: v })} />
                    {task.ownerMissing && <span className="chip chip-warning">{t('plans.removedMember')}</span>}
                  </td>
                  <td>
                    <input
                      className="text-input"
                      type="date"
                      aria-label={t('plans.due')}
                      value={task.due ?? ''}
                      onChange={(e) => void updateTask(planId, task.id, { due: e.target.value || null })}
                    />
                  </td>
                  <td>
                    <select
                      className="text-input"
                      aria-label={t('plans.taskStatus')}
                      data-testid="task-status"
                      value={task.status}
                      onChange={(e) => void updateTask(planId, task.id, { status: e.target.value as TaskStatus })}
                    >
                      {STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`taskStatus.${s}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <RemoveButton label={t('plans.removeTask')} onClick={() => void removeTask(planId, task.id)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form
        className="inline-form"
        data-testid="task-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <input className="text-input" name="title" aria-label={t('plans.taskTitle')} placeholder={t('plans.taskTitle')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <MemberSelect members={members} value={owner} label={t('plans.owner')} testId="task-owner" onChange={setOwner} />
        <input className="text-input" type="date" name="due" aria-label={t('plans.due')} value={due} onChange={(e) => setDue(e.target.value)} />
        <button type="submit" className="button" disabled={!title.trim() || busy}>
          {t('plans.addTask')}
        </button>
      </form>
    </section>
  );
}
