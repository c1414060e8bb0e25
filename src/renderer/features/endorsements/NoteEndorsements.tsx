// "Applied by" section under a note: members who applied it, their comments, and "I applied this" / "Comment" recorded as a chosen member.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Endorsement } from '../../../common/api/methods/network';
import type { Member } from '../../../common/api/types';
import { formatDate } from '../../i18n/format';
import { Icon } from '../../icons/Icon';
import { data } from '../../state/data-store';
import { useStore } from '../../state/store';
import { recordApplied, recordComment, removeEndorsement } from './endorsement-actions';
import { loadRecordingMember, saveRecordingMember } from './recording-member';
import { useEndorsements } from './use-endorsements';
import './endorsements.css';

export function NoteEndorsements({ noteId }: { noteId: string }) {
  const { t } = useTranslation();
  const members = useStore(data, (s) => s.members) ?? [];
  const { items, loading, error, reload } = useEndorsements(noteId);
  const [memberId, setMemberId] = useState<string | null>(loadRecordingMember);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  const recorder = members.find((m) => m.id === memberId) ?? null;
  const applied = items.filter((e) => e.kind === 'applied');
  const comments = items.filter((e) => e.kind === 'comment');
  const alreadyApplied = recorder !== null && applied.some((e) => e.memberId === recorder.id);

  const choose = (id: string | null) => {
    setMemberId(id);
    saveRecordingMember(id);
  };
  const run = async (write: () => Promise<boolean>, after?: () => void) => {
    if (busy) return;
    setBusy(true);
    const ok = await write();
    if (ok) after?.();
    await reload();
    setBusy(false);
  };
  const submitComment = () => {
    const text = comment.trim();
    if (recorder && text) void run(() => recordComment(noteId, recorder.id, text), () => setComment(''));
  };

  return (
    <section className="note-endorsements" data-testid="endorsements" aria-label={t('endorsements.title')}>
      <h3 className="subheading">
        {t('endorsements.title')} <span className="badge" data-testid="endorsements-applied-count">{applied.length}</span>
      </h3>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {!loading && !error && applied.length === 0 && <p className="muted">{t('endorsements.noneApplied')}</p>}
      <ul className="endorsement-list">
        {applied.map((e) => (
          <EndorsementRow key={e.id} e={e} onRemoved={reload} />
        ))}
      </ul>

      <h4 className="subheading small">
        {t('endorsements.comments')} <span className="badge">{comments.length}</span>
      </h4>
      {!loading && !error && comments.length === 0 && <p className="muted">{t('endorsements.noComments')}</p>}
      <ul className="endorsement-list">
        {comments.map((e) => (
          <EndorsementRow key={e.id} e={e} onRemoved={reload} />
        ))}
      </ul>

      <div className="endorsement-actions">
        <RecorderSelect members={members} value={memberId} onChange={choose} />
        <button
          type="button"
          className="button primary endorse-button"
          data-testid="endorse-applied"
          disabled={!recorder || alreadyApplied || busy}
          title={alreadyApplied ? t('endorsements.alreadyApplied', { name: recorder.name }) : undefined}
          onClick={() => recorder && void run(() => recordApplied(noteId, recorder.id))}
        >
          <Icon name="check" />
          <span>{t('endorsements.applied')}</span>
        </button>
        {!recorder && <span className="muted small">{t('endorsements.chooseMember')}</span>}
        {alreadyApplied && (
          <span className="muted small" data-testid="endorse-already">
            {t('endorsements.alreadyApplied', { name: recorder.name })}
          </span>
        )}
      </div>
      {/* No <form> next to note content: the hostile-content E2E treats any form in the page as injected. */}
      <div className="endorsement-comment-form">
        <textarea
          className="text-input endorsement-comment-input"
          data-testid="endorse-comment-text"
          aria-label={t('endorsements.commentLabel')}
          placeholder={t('endorsements.commentPlaceholder')}
          maxLength={5000}
          rows={2}
          value={comment}
          onChange={(ev) => setComment(ev.target.value)}
          onKeyDown={(ev) => {
            if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
              ev.preventDefault();
              submitComment();
            }
          }}
        />
        <button type="button" className="button" data-testid="endorse-comment" disabled={!recorder || comment.trim() === '' || busy} onClick={submitComment}>
          {t('endorsements.comment')}
        </button>
      </div>
    </section>
  );
}

function RecorderSelect({ members, value, onChange }: { members: Member[]; value: string | null; onChange(id: string | null): void }) {
  const { t } = useTranslation();
  const known = value !== null && members.some((m) => m.id === value);
  return (
    <label className="endorsement-recorder">
      <span>{t('endorsements.recordingAs')}</span>
      <select
        className="text-input"
        data-testid="endorse-member"
        aria-label={t('endorsements.recordingAs')}
        value={known ? value : ''}
        onChange={(ev) => onChange(ev.target.value || null)}
      >
        <option value="">{t('endorsements.pickMember')}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function EndorsementRow({ e, onRemoved }: { e: Endorsement; onRemoved(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const label = e.kind === 'applied' ? t('endorsements.removeApplied', { name: e.memberName }) : t('endorsements.removeComment', { name: e.memberName });
  return (
    <li className="endorsement-row" data-testid="endorsement-row" data-member-id={e.memberId} data-kind={e.kind} data-endorsement-id={e.id}>
      <div className="endorsement-head">
        <Icon name={e.kind === 'applied' ? 'check' : 'person'} />
        <span className="endorsement-member">{e.memberName}</span>
        <time className="muted small" dateTime={e.at}>
          {formatDate(e.at, i18n.language)}
        </time>
        <button
          type="button"
          className="icon-button"
          data-testid="endorsement-remove"
          aria-label={label}
          title={label}
          onClick={async () => {
            if (await removeEndorsement(e.id, e.kind, e.memberName)) await onRemoved();
          }}
        >
          <Icon name="close" />
        </button>
      </div>
      {e.text && <p className="endorsement-text">{e.text}</p>}
    </li>
  );
}
