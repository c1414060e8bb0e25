// The bottom panel: panel views (Output, …) as toggle buttons (role="tab" is kept for editor tabs) and clear/hide actions.
import { useTranslation } from 'react-i18next';
import { clearLog } from '../features/output/output-log';
import { useStore } from '../state/store';
import { showPanelTab, togglePanel, workbench } from '../state/workbench-store';
import { PANEL_TABS } from './panel-tabs';
import { IconButton } from './ViewHeader';

export function BottomPanel() {
  const { t } = useTranslation();
  const panelTab = useStore(workbench, (s) => s.panelTab);
  const active = PANEL_TABS.find((p) => p.id === panelTab) ?? PANEL_TABS[0];
  const Content = active.component;
  return (
    <section className="panel" data-part="panel" aria-label={t('parts.panel')}>
      <div className="panel-header">
        <div className="panel-tabs" role="toolbar" aria-label={t('parts.panel')}>
          {PANEL_TABS.map((p) => (
            <button
              key={p.id}
              type="button"
              className={`panel-tab${p.id === active.id ? ' active' : ''}`}
              aria-pressed={p.id === active.id}
              data-panel-tab={p.id}
              onClick={() => showPanelTab(p.id)}
            >
              {t(p.titleKey)}
            </button>
          ))}
        </div>
        <div className="panel-actions">
          {active.id === 'output' && <IconButton icon="clear" label={t('panel.clearOutput')} onClick={clearLog} data-action="clear-output" />}
          <IconButton icon="close" label={t('panel.hide')} onClick={togglePanel} data-action="hide-panel" />
        </div>
      </div>
      <div className="panel-body" role="region" aria-label={t(active.titleKey)}>
        <Content />
      </div>
    </section>
  );
}
