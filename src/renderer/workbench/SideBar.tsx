// Side bar: shows the view chosen in the activity bar.
import { useTranslation } from 'react-i18next';
import { ExplorerView } from '../features/explorer/ExplorerView';
import { MembersView } from '../features/members/MembersView';
import { PlansView } from '../features/plans/PlansView';
import { SearchView } from '../features/search/SearchView';
import { useStore } from '../state/store';
import { workbench } from '../state/workbench-store';

export function SideBar() {
  const { t } = useTranslation();
  const view = useStore(workbench, (s) => s.activeView);
  return (
    <aside className="sidebar" data-part="sidebar" data-active-view={view} aria-label={t('parts.sidebar')}>
      {view === 'explorer' && <ExplorerView />}
      {view === 'search' && <SearchView />}
      {view === 'members' && <MembersView />}
      {view === 'plans' && <PlansView />}
    </aside>
  );
}
