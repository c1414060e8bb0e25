// Member tab (read-only): name, role, participation, domains and Discovery narrative.
import { useTranslation } from 'react-i18next';
import { data } from '../../state/data-store';
import { useStore } from '../../state/store';
import { initials } from './MembersView';

export function MemberEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const members = useStore(data, (s) => s.members);
  const domains = useStore(data, (s) => s.domains);
  const member = members?.find((m) => m.id === id);

  if (!members) return <div className="editor-message">{t('common.loading')}</div>;
  if (!member) {
    return (
      <div className="editor-message editor-error" role="alert">
        {t('members.notFound', { id })}
      </div>
    );
  }
  const domainNames = member.domainIds.map((d) => domains?.find((x) => x.id === d || x.slug === d)?.name ?? d);
  return (
    <article className="document member-editor" data-testid="member-editor" data-editor-for={`member:${id}`}>
      <header className="doc-header">
        <span className="avatar avatar-large" aria-hidden="true">
          {initials(member.name)}
        </span>
        <div>
          <h1 className="doc-title">{member.name}</h1>
          <div className="doc-subtitle">{member.role}</div>
        </div>
      </header>
      <dl className="fields">
        <dt>{t('members.participation')}</dt>
        <dd>
          <span className={`chip participation-${member.participation}`} data-testid="member-participation">
            {t(`participation.${member.participation}`)}
          </span>
        </dd>
        <dt>{t('members.role')}</dt>
        <dd>{member.role || '—'}</dd>
        <dt>{t('members.domains')}</dt>
        <dd>{domainNames.length ? domainNames.join(', ') : '—'}</dd>
        {member.email && (
          <>
            <dt>{t('members.email')}</dt>
            <dd>{member.email}</dd>
          </>
        )}
      </dl>
      <h3 className="subheading">{t('members.narrative')}</h3>
      <p className="narrative" data-testid="member-narrative">
        {member.narrative || t('members.noNarrative')}
      </p>
    </article>
  );
}
