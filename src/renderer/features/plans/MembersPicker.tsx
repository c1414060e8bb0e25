// Multi-select of members: a search box over a checkbox list; picked members that no longer exist stay visible.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../common/api/types';
import { filterByName, toggleMember } from './field-values';

export function MembersPicker({
  members,
  value,
  onChange,
  testId,
  label,
}: {
  members: Member[];
  value: string[];
  onChange(next: string[]): void;
  testId?: string;
  label: string;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const shown = filterByName(members, query);
  const missing = value.filter((id) => !members.some((m) => m.id === id));
  return (
    <div className="members-picker" data-testid={testId} role="group" aria-label={label}>
      <input
        type="search"
        className="text-input members-search"
        placeholder={t('plans.searchMembers')}
        aria-label={t('plans.searchMembers')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="members-list">
        {shown.map((m) => (
          <label key={m.id} className="members-option" data-member-id={m.id}>
            <input type="checkbox" checked={value.includes(m.id)} onChange={() => onChange(toggleMember(value, m.id))} />
            <span>{m.name}</span>
          </label>
        ))}
        {shown.length === 0 && <span className="muted small">{t('plans.noMatches')}</span>}
        {missing.map((id) => (
          <label key={id} className="members-option removed" data-member-id={id}>
            <input type="checkbox" checked onChange={() => onChange(toggleMember(value, id))} />
            <span>{t('plans.removedMember')}</span>
          </label>
        ))}
      </div>
      <span className="muted small" data-testid={testId ? `${testId}-count` : undefined}>
        {t('plans.selectedCount', { count: value.length })}
      </span>
    </div>
  );
}
