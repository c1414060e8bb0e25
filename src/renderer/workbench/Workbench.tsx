// The workbench frame: activity bar, resizable side bar / editor / panel, status bar and overlays.
import { Panel, PanelGroup, PanelResizeHandle } from 'react-resizable-panels';
import { Dialogs } from '../features/dialogs/Dialogs';
import { Toasts } from '../features/notifications/Toasts';
import { QuickInput } from '../features/palette/QuickInput';
import { useStore } from '../state/store';
import { setSizes, workbench } from '../state/workbench-store';
import { ActivityBar } from './ActivityBar';
import { BottomPanel } from './BottomPanel';
import { EditorArea } from './EditorArea';
import { SideBar } from './SideBar';
import { StatusBar } from './StatusBar';

function onHorizontalLayout(layout: number[]): void {
  if (workbench.get().sidebarVisible && layout.length === 2) setSizes({ sidebarSize: layout[0] });
}

function onVerticalLayout(layout: number[]): void {
  if (workbench.get().panelVisible && layout.length === 2) setSizes({ panelSize: layout[1] });
}

export function Workbench() {
  const sidebarVisible = useStore(workbench, (s) => s.sidebarVisible);
  const panelVisible = useStore(workbench, (s) => s.panelVisible);
  const epoch = useStore(workbench, (s) => s.layoutEpoch);
  // Sizes are read once per mount of a panel (they are its default size).
  const { sidebarSize, panelSize } = workbench.get();
  return (
    <div className="workbench">
      <div className="workbench-body">
        <ActivityBar />
        <PanelGroup key={`h${epoch}`} direction="horizontal" className="workbench-columns" onLayout={onHorizontalLayout}>
          {sidebarVisible && (
            <>
              <Panel id="sidebar" order={1} defaultSize={sidebarSize} minSize={10} maxSize={60}>
                <SideBar />
              </Panel>
              <PanelResizeHandle className="sash sash-vertical" />
            </>
          )}
          <Panel id="main" order={2} minSize={25}>
            <PanelGroup key={`v${epoch}`} direction="vertical" className="workbench-rows" onLayout={onVerticalLayout}>
              <Panel id="editor" order={1} minSize={15}>
                <EditorArea />
              </Panel>
              {panelVisible && (
                <>
                  <PanelResizeHandle className="sash sash-horizontal" />
                  <Panel id="panel" order={2} defaultSize={panelSize} minSize={8} maxSize={85}>
                    <BottomPanel />
                  </Panel>
                </>
              )}
            </PanelGroup>
          </Panel>
        </PanelGroup>
      </div>
      <StatusBar />
      <QuickInput />
      <Dialogs />
      <Toasts />
    </div>
  );
}
