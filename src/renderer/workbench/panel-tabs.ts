// The panel's tabs; later features (Problems, Backlinks, …) add entries here.
import type { ComponentType } from 'react';
import { OutputView } from '../features/output/OutputView';

export interface PanelTabSpec {
  id: string;
  titleKey: string;
  component: ComponentType;
}

export const PANEL_TABS: PanelTabSpec[] = [{ id: 'output', titleKey: 'panel.output', component: OutputView }];
