// Activity bar: one icon per side bar view; clicking the active one hides the side bar.
import { useTranslation } from 'react-i18next';
import { Icon } from '../icons/Icon';
import type { IconName } from '../icons/icon-paths';
import { useStore } from '../state/store';
import type { ViewId } from '../state/workbench-state';
import { clickView, workbench } from '../state/workbench-store';

export const VIEWS: { id: ViewId; icon: IconName; titleKey: string }[] = [
  { id: 'explorer', icon: 'files', titleKey: 'views.explorer' },
  { id: 'search', icon: 'search', titleKey: 'views.search' },
  { id: 'members', icon: 'people', titleKey: 'views.members' },
  { id: 'plans', icon: 'plans', titleKey: 'views.plans' },
];

export function ActivityBar() {
  const { t } = useTranslation();
  const activeView = useStore(workbench, (s) => s.activeView);
  const sidebarVisible = useStore(workbench, (s) => s.sidebarVisible);
  return (
    <nav className="activitybar" data-part="activitybar" aria-label={t('parts.activitybar')}>
      {VIEWS.map((v) => {
        const active = sidebarVisible && activeView === v.id;
        return (
          <button
            key={v.id}
            type="button"
            className={`activity-item${active ? ' active' : ''}`}
            data-view={v.id}
            aria-label={t(v.titleKey)}
            title={t(v.titleKey)}
            aria-pressed={active}
            onClick={() => clickView(v.id)}
          >
            <Icon name={v.icon} size={24} />
          </button>
        );
      })}
    </nav>
  );
}
