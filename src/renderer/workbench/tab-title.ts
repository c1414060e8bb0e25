// Hook giving the title, icon and dirty flag of an editor tab from the cached data (a note not open in an editor is fetched once).
import { useEffect } from 'react';
import type { IconName } from '../icons/icon-paths';
import { drafts, isDraftDirty } from '../features/notes/note-drafts';
import { packageImports } from '../features/packages/import/import-store';
import { graphTabTitle } from '../features/graph/graph-tabs';
import { networkTabTitle } from '../features/network/network-tabs';
import { planCache } from '../features/plans/plan-cache';
import { templateDrafts } from '../features/templates/templates-store';
import { i18n } from '../i18n/i18n';
import { data } from '../state/data-store';
import { api } from '../state/services';
import { createStore, useStore } from '../state/store';
import { parseTabId, type TabId } from '../state/tabs';

export interface TabInfo {
  title: string | null;
  icon: IconName;
  dirty: boolean;
}

/** Titles fetched with notes.get for tabs whose note has no draft (yet); each id is asked once. */
const fetchedTitles = createStore<{ byId: Record<string, string> }>({ byId: {} });
const asked = new Set<string>();

function fetchTitle(id: string): void {
  if (asked.has(id)) return;
  asked.add(id);
  api()
    .call('notes.get', { id })
    .then(
      (note) => fetchedTitles.set((s) => ({ byId: { ...s.byId, [id]: note.title } })),
      () => undefined,
    );
}

/** A note title already known from an open draft or an earlier fetch, without asking the server. */
export function knownNoteTitle(id: string): string | null {
  const d = drafts.get().byId[id];
  return d?.title || d?.note?.title || fetchedTitles.get().byId[id] || null;
}

export function useTabInfo(tab: TabId): TabInfo {
  const parsed = parseTabId(tab);
  const id = parsed?.id ?? '';
  const isNote = parsed?.kind === 'note';
  const draft = useStore(drafts, (s) => (isNote ? s.byId[id] : undefined));
  const fetched = useStore(fetchedTitles, (s) => (isNote ? s.byId[id] : undefined));
  const member = useStore(data, (s) => (parsed?.kind === 'member' ? s.members?.find((m) => m.id === id) : undefined));
  const planSummary = useStore(data, (s) => (parsed?.kind === 'plan' ? s.plans?.find((p) => p.id === id) : undefined));
  const plan = useStore(planCache, (s) => (parsed?.kind === 'plan' ? s.byId[id]?.plan : undefined));
  const template = useStore(templateDrafts, (s) => (parsed?.kind === 'template' ? s.byId[id] : undefined));
  const pkg = useStore(packageImports, (s) => (parsed?.kind === 'package' ? s.byId[id] : undefined));
  const draftTitle = draft?.title || draft?.note?.title;
  useEffect(() => {
    // The draft usually arrives right after the tab opens; fetch only for a tab that still has no title.
    if (!isNote || draftTitle || fetched) return;
    const timer = setTimeout(() => {
      if (!knownNoteTitle(id)) fetchTitle(id);
    }, 500);
    return () => clearTimeout(timer);
  }, [isNote, id, draftTitle, fetched]);
  if (parsed?.kind === 'member') return { title: member?.name ?? null, icon: 'person', dirty: false };
  if (parsed?.kind === 'plan') return { title: plan?.title ?? planSummary?.title ?? null, icon: 'plan', dirty: false };
  if (parsed?.kind === 'graph') return { title: graphTabTitle(id), icon: 'graph', dirty: false };
  if (parsed?.kind === 'network') return { title: networkTabTitle(), icon: 'network', dirty: false };
  if (parsed?.kind === 'package') return { title: pkg?.preview?.manifest.title ?? pkg?.fileName ?? null, icon: 'package', dirty: false };
  if (parsed?.kind === 'template') {
    const name = template?.template?.name;
    return { title: (name && (i18n.language === 'id' ? name.id : name.en)) || id, icon: 'plans', dirty: template?.dirty === true };
  }
  return {
    title: draftTitle || fetched || null,
    icon: 'note',
    dirty: isDraftDirty(draft),
  };
}
