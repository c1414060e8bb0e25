// Cached link targets (every live note with its aliases) for [[ autocomplete and link resolution.
import type { LinkTarget } from '../../../common/api/methods/notes';
import { titleKey } from '../../../common/wikilink';
import { data } from '../../state/data-store';
import { api } from '../../state/services';
import { createStore } from '../../state/store';

export const linkTargets = createStore<{ items: LinkTarget[] | null; loading: boolean }>({ items: null, loading: false });

/** Loads the targets; falls back to the plain note list when notes.linkTargets is unavailable. */
export async function loadLinkTargets(): Promise<void> {
  if (linkTargets.get().loading) return;
  linkTargets.set({ loading: true });
  try {
    linkTargets.set({ items: await api().call('notes.linkTargets', {}), loading: false });
  } catch {
    const domains = data.get().domains ?? [];
    const notes = data.get().allNotes ?? (await api().call('notes.list', {}));
    const items = notes.map((n) => ({ id: n.id, title: n.title, domainId: n.domainId, domainName: domains.find((d) => d.id === n.domainId)?.name ?? '', aliases: [] }));
    linkTargets.set({ items, loading: false });
  }
}

export function invalidateLinkTargets(): void {
  if (linkTargets.get().items) void loadLinkTargets();
}

/** Whether a raw link target ("Title", "Title#Heading", "Domain/Title") names a known note or alias. */
export function resolvesTo(targets: LinkTarget[], raw: string): LinkTarget | null {
  let target = raw;
  const hash = target.indexOf('#');
  if (hash >= 0) target = target.slice(0, hash);
  let domain: string | null = null;
  const slash = target.indexOf('/');
  const key = titleKey(target);
  const exact = targets.find((t) => titleKey(t.title) === key || t.aliases.some((a) => titleKey(a) === key));
  if (exact || slash < 0) return exact ?? null;
  domain = titleKey(target.slice(0, slash));
  const rest = titleKey(target.slice(slash + 1));
  return (
    targets.find((t) => titleKey(t.domainName) === domain && (titleKey(t.title) === rest || t.aliases.some((a) => titleKey(a) === rest))) ?? null
  );
}
