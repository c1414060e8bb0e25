// A single member drop-down; an id that is no longer a member shows as "(removed member)", never silently lost.
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../common/api/types';

export function MemberSelect({
  members,
  value,
  onChange,
  label,
  testId,
  onBlur,
}: {
  members: Member[];
  value: string | null;
  onChange(id: string | null): void;
  label: string;
  testId?: string;
  onBlur?(): void;
}) {
  const { t } = useTranslation();
  const removed = value !== null && value !== '' && !members.some((m) => m.id === value);
  return (
    <select
      className={`text-input${removed ? ' removed-member' : ''}`}
      aria-label={label}
      data-testid={testId}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || null)}
      onBlur={onBlur}
    >
      <option value="">{t('plans.nobody')}</option>
      {removed && <option value={value}>{t('plans.removedMember')}</option>}
      {members.map((m) => (
        <option key={m.id} value={m.id}>
          {m.name}
        </option>
      ))}
    </select>
  );
}
