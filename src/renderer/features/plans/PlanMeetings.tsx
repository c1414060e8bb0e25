// The meetings of a plan: date, title, kind, attendees and the record note (opens on click).
import { useTranslation } from 'react-i18next';
import type { PlanMeeting } from '../../../common/api/types';
import { formatDate } from '../../i18n/format';
import { openNote } from '../../workbench/tab-actions';

export function PlanMeetings({ meetings, memberName }: { meetings: PlanMeeting[]; memberName(id: string | null): string }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="phase-section" data-testid="plan-meetings">
      <h2 className="phase-title">{t('plans.meetings')}</h2>
      {meetings.length === 0 ? (
        <p className="muted">{t('plans.noMeetings')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('plans.date')}</th>
              <th>{t('plans.meeting')}</th>
              <th>{t('plans.meetingKind')}</th>
              <th>{t('plans.attendees')}</th>
              <th>{t('plans.record')}</th>
            </tr>
          </thead>
          <tbody>
            {[...meetings]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((m, i) => (
                <tr key={i}>
                  <td className="nowrap">{formatDate(m.date, i18n.language)}</td>
                  <td>{m.title}</td>
                  <td>{m.kind}</td>
                  <td title={m.attendeeIds.map(memberName).join(', ')}>
                    {t('plans.attendeeCount', { count: m.attendeeIds.length })}
                  </td>
                  <td>
                    {m.recordNoteId ? (
                      <button type="button" className="link-button" data-link-target={m.recordNoteId} onClick={() => openNote(m.recordNoteId!)}>
                        {m.recordTitle ?? m.recordNoteId}
                      </button>
                    ) : (
                      <span className="muted">{m.recordTitle ?? '—'}</span>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
