// Members view: members grouped by participation level (coordinator, core, active, peripheral).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPATION_LEVELS, type Member } from '../../../common/api/types';
import { executeCommand } from '../../commands/registry';
import { Icon } from '../../icons/Icon';
import { data } from '../../state/data-store';
import { useStore } from '../../state/store';
import { makeTabId } from '../../state/tabs';
import { workbench } from '../../state/workbench-store';
import { openMember } from '../../workbench/tab-actions';
import { ViewHeader } from '../../workbench/ViewHeader';
import { activateOnKey } from '../../workbench/activate-on-key';

export function MembersView() {
  const { t, i18n } = useTranslation();
  const members = useStore(data, (s) => s.members);
  const activeTab = useStore(workbench, (s) => s.activeTab);
  const groups = useMemo(
    () =>
      PARTICIPATION_LEVELS.map((level) => ({
        level,
        members: (members ?? [])
          .filter((m) => m.participation === level)
          .sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
      })).filter((g) => g.members.length > 0),
    [members, i18n.language],
  );

  return (
    <div className="view members-view" data-testid="members">
      <ViewHeader
        title={t('views.members')}
        actions={[{ id: 'refresh', icon: 'refresh', label: t('commands.refreshWorkspace'), run: () => void executeCommand('workspace.refresh') }]}
      />
      <div className="list" role="list" aria-label={t('views.members')}>
        {!members && <div className="tree-message">{t('common.loading')}</div>}
        {members?.length === 0 && <div className="tree-message">{t('members.none')}</div>}
        {groups.map((g) => (
          <div key={g.level} className="list-group" role="group" data-participation={g.level} aria-label={t(`participation.${g.level}`)}>
            <div className="list-group-header">
              <span>{t(`participationGroup.${g.level}`)}</span>
              <span className="badge">{g.members.length}</span>
            </div>
            {g.members.map((m) => (
              <MemberRow key={m.id} member={m} active={activeTab === makeTabId('member', m.id)} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

function MemberRow({ member, active }: { member: Member; active: boolean }) {
  return (
    <div
      className={`list-row two-line${active ? ' active' : ''}`}
      role="listitem"
      tabIndex={0}
      data-member-id={member.id}
      title={member.name}
      onClick={() => openMember(member.id)}
      onKeyDown={activateOnKey(() => openMember(member.id))}
    >
      <span className="avatar" aria-hidden="true">
        {initials(member.name)}
      </span>
      <span className="list-text">
        <span className="list-title">{member.name}</span>
        <span className="list-detail">{member.role}</span>
      </span>
      <Icon name="chevronRight" className="row-end-icon" />
    </div>
  );
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1][0] ?? '') : '')).toUpperCase();
}
