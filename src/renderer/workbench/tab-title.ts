// Hook giving the title, icon and dirty flag of an editor tab from the cached data.
import type { IconName } from '../icons/icon-paths';
import { drafts, isDraftDirty } from '../features/notes/note-drafts';
import { planCache } from '../features/plans/plan-cache';
import { data } from '../state/data-store';
import { useStore } from '../state/store';
import { parseTabId, type TabId } from '../state/tabs';

export interface TabInfo {
  title: string | null;
  icon: IconName;
  dirty: boolean;
}

export function useTabInfo(tab: TabId): TabInfo {
  const parsed = parseTabId(tab);
  const id = parsed?.id ?? '';
  const draft = useStore(drafts, (s) => (parsed?.kind === 'note' ? s.byId[id] : undefined));
  const summary = useStore(data, (s) => (parsed?.kind === 'note' ? s.allNotes?.find((n) => n.id === id) : undefined));
  const member = useStore(data, (s) => (parsed?.kind === 'member' ? s.members?.find((m) => m.id === id) : undefined));
  const planSummary = useStore(data, (s) => (parsed?.kind === 'plan' ? s.plans?.find((p) => p.id === id) : undefined));
  const plan = useStore(planCache, (s) => (parsed?.kind === 'plan' ? s.byId[id]?.plan : undefined));
  if (parsed?.kind === 'member') return { title: member?.name ?? null, icon: 'person', dirty: false };
  if (parsed?.kind === 'plan') return { title: plan?.title ?? planSummary?.title ?? null, icon: 'plan', dirty: false };
  return {
    title: draft?.title || draft?.note?.title || summary?.title || null,
    icon: 'note',
    dirty: isDraftDirty(draft),
  };
}
