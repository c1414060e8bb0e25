// Status bar item: warnings and notices from the Problems panel; a click opens it.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../icons/Icon';
import { showPanelTab } from '../../state/workbench-store';
import { useStore } from '../../state/store';
import { problems, watchProblems } from './problems-store';

export function ProblemsStatus() {
  const { t } = useTranslation();
  const counts = useStore(problems, (s) => s.result?.counts ?? null);
  useEffect(watchProblems, []);
  if (!counts) return null;
  const warnings = counts.brokenLinks + counts.duplicateTitles + counts.noDomain;
  const notices = counts.noKind + counts.stuck + counts.orphans;
  return (
    <button
      type="button"
      className="status-item"
      data-testid="status-problems"
      data-warnings={warnings}
      data-notices={notices}
      title={t('problems.statusTitle', { warnings, notices })}
      onClick={() => showPanelTab('problems')}
    >
      <Icon name="warning" size={14} />
      <span>{warnings}</span>
      <Icon name="info" size={14} />
      <span>{notices}</span>
    </button>
  );
}
