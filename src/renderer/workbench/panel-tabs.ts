// The panel's tabs: Problems, Output, Backlinks, History and Trash; later features add entries here.
import type { ComponentType } from 'react';
import { BacklinksView } from '../features/backlinks/BacklinksView';
import { HistoryView } from '../features/history/HistoryView';
import { OutputView } from '../features/output/OutputView';
import { ProblemsView } from '../features/problems/ProblemsView';
import { TrashView } from '../features/trash/TrashView';

export interface PanelTabSpec {
  id: string;
  titleKey: string;
  component: ComponentType;
}

export const PANEL_TABS: PanelTabSpec[] = [
  { id: 'problems', titleKey: 'panel.problems', component: ProblemsView },
  { id: 'output', titleKey: 'panel.output', component: OutputView },
  { id: 'backlinks', titleKey: 'panel.backlinks', component: BacklinksView },
  { id: 'history', titleKey: 'panel.history', component: HistoryView },
  { id: 'trash', titleKey: 'panel.trash', component: TrashView },
];
