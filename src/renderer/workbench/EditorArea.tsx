// Editor area: tab strip and the active tab's editor, or the welcome page when nothing is open.
import { useTranslation } from 'react-i18next';
import { MemberEditor } from '../features/members/MemberEditor';
import { NoteEditor } from '../features/notes/NoteEditor';
import { PackageDropLayer } from '../features/packages/import/PackageDropLayer';
import { PackageImportTab } from '../features/packages/import/PackageImportTab';
import { GraphTab } from '../features/graph/GraphTab';
import { NetworkView } from '../features/network/NetworkView';
import { PlanEditor } from '../features/plans/PlanEditor';
import { TemplateEditor } from '../features/templates/TemplateEditor';
import { Welcome } from '../features/welcome/Welcome';
import { useStore } from '../state/store';
import { parseTabId } from '../state/tabs';
import { workbench } from '../state/workbench-store';
import { TabBar } from './TabBar';

export function EditorArea() {
  const { t } = useTranslation();
  const activeTab = useStore(workbench, (s) => s.activeTab);
  const parsed = activeTab ? parseTabId(activeTab) : null;
  return (
    <main className="editor-area" data-part="editor" aria-label={t('parts.editor')}>
      <TabBar />
      <div className="editor-content" role="tabpanel" data-active-tab={activeTab ?? undefined}>
        {!parsed && <Welcome />}
        {parsed?.kind === 'note' && <NoteEditor key={parsed.id} id={parsed.id} />}
        {parsed?.kind === 'member' && <MemberEditor key={parsed.id} id={parsed.id} />}
        {parsed?.kind === 'plan' && <PlanEditor key={parsed.id} id={parsed.id} />}
        {parsed?.kind === 'template' && <TemplateEditor key={parsed.id} id={parsed.id} />}
        {parsed?.kind === 'package' && <PackageImportTab key={parsed.id} id={parsed.id} />}
        {parsed?.kind === 'graph' && <GraphTab key={parsed.id} id={parsed.id} />}
        {parsed?.kind === 'network' && <NetworkView key={parsed.id} />}
      </div>
      <PackageDropLayer />
    </main>
  );
}
