// The meeting schedule of a phase that declares meetings: schedule a series, list with record notes, remove.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanMeeting } from '../../../common/api/methods/plans';
import type { Member } from '../../../common/api/types';
import type { TemplatePhase } from '../../../common/templates/template-types';
import { formatDate } from '../../i18n/format';
import { Icon } from '../../icons/Icon';
import { RemoveButton } from './RemoveButton';
import { openNote } from '../../workbench/tab-actions';
import { MembersPicker } from './MembersPicker';
import { removeMeeting, scheduleMeetings } from './plan-actions';
import { bi, isoToday } from './plan-text';

export function MeetingsSection({
  planId,
  phase,
  meetings,
  members,
  memberName,
}: {
  planId: string;
  phase: TemplatePhase;
  meetings: PlanMeeting[];
  members: Member[];
  memberName(id: string): string;
}) {
  const { t, i18n } = useTranslation();
  const spec = phase.meetings!;
  const [firstDate, setFirstDate] = useState(isoToday());
  const [everyDays, setEveryDays] = useState(String(spec.defaultEveryDays));
  const [count, setCount] = useState('2');
  const [time, setTime] = useState('');
  const [place, setPlace] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const every = Number(everyDays);
  const n = Number(count);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(firstDate) && Number.isInteger(every) && every >= 1 && Number.isInteger(n) && n >= 1 && n <= 52;

  const submit = async () => {
    if (!valid || busy) return;
    setBusy(true);
    await scheduleMeetings(planId, phase.id, { firstDate, everyDays: every, count: n, time: time || null, place, attendeeIds: attendees });
    setBusy(false);
  };
  const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));

  return (
    <section className="plan-block" data-testid="plan-meetings" data-count={meetings.length}>
      <h3 className="subheading">{bi(spec.label, i18n.language)}</h3>
      {sorted.length === 0 ? (
        <p className="muted small">{t('plans.noMeetings')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('plans.date')}</th>
              <th>{t('plans.meeting')}</th>
              <th>{t('plans.place')}</th>
              <th>{t('plans.attendees')}</th>
              <th>{t('plans.record')}</th>
              <th aria-label={t('plans.actions')} />
            </tr>
          </thead>
          <tbody>
            {sorted.map((m) => (
              <tr key={m.id} data-meeting-id={m.id}>
                <td className="nowrap">
                  {formatDate(m.date, i18n.language)}
                  {m.time ? ` ${m.time}` : ''}
                </td>
                <td>{m.title}</td>
                <td>{m.place || '—'}</td>
                <td title={m.attendeeIds.map(memberName).join(', ')}>{t('plans.attendeeCount', { count: m.attendeeIds.length })}</td>
                <td>
                  {m.recordNoteId ? (
                    <button type="button" className="link-button" data-link-target={m.recordNoteId} onClick={() => openNote(m.recordNoteId!)}>
                      <Icon name="note" />
                      <span>{t('plans.openRecord')}</span>
                    </button>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>
                  <RemoveButton label={t('plans.removeMeeting')} onClick={() => void removeMeeting(planId, m.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="meeting-form"
        data-testid="meeting-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h4 className="subheading small">{t('plans.scheduleMeetings')}</h4>
        <div className="form-grid">
          <label>
            {t('plans.firstDate')}
            <input className="text-input" type="date" name="firstDate" value={firstDate} onChange={(e) => setFirstDate(e.target.value)} />
          </label>
          <label>
            {t('plans.everyDays')}
            <input className="text-input" type="number" min={1} max={366} name="everyDays" value={everyDays} onChange={(e) => setEveryDays(e.target.value)} />
          </label>
          <label>
            {t('plans.count')}
            <input className="text-input" type="number" min={1} max={52} name="count" value={count} onChange={(e) => setCount(e.target.value)} />
          </label>
          <label>
            {t('plans.time')}
            <input className="text-input" type="time" name="time" value={time} onChange={(e) => setTime(e.target.value)} />
          </label>
          <label>
            {t('plans.place')}
            <input className="text-input" name="place" value={place} onChange={(e) => setPlace(e.target.value)} />
          </label>
        </div>
        <MembersPicker members={members} value={attendees} onChange={setAttendees} label={t('plans.attendees')} testId="meeting-attendees" />
        <button type="submit" className="button" disabled={!valid || busy}>
          {t('plans.schedule')}
        </button>
      </form>
    </section>
  );
}
