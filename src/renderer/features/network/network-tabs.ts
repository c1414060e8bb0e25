// Opening the sharing network tab ("network:community"): one per window, like the knowledge graph.
import { i18n } from '../../i18n/i18n';
import { makeTabId } from '../../state/tabs';
import { openTab } from '../../state/workbench-store';

export const NETWORK_TAB_ID = makeTabId('network', 'community');

export function openNetwork(): void {
  openTab(NETWORK_TAB_ID);
}

export function networkTabTitle(): string {
  return i18n.t('network.view.title');
}
