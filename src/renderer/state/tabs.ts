// Editor tab ids ("note:<id>", "member:<id>", "plan:<id>", "template:<id>", "package:<session>", "graph:global", "graph:note:<id>", "network:community") and pure functions over the ordered tab list.
export type TabKind = 'note' | 'member' | 'plan' | 'template' | 'package' | 'graph' | 'network';
/** Tabs that live only for the session (a package import preview holds a staged upload): never restored. */
const SESSION_ONLY_KINDS: readonly TabKind[] = ['package'];
export type TabId = string;

export function makeTabId(kind: TabKind, id: string): TabId {
  return `${kind}:${id}`;
}

export function parseTabId(tab: TabId): { kind: TabKind; id: string } | null {
  const i = tab.indexOf(':');
  if (i <= 0) return null;
  const kind = tab.slice(0, i);
  const id = tab.slice(i + 1);
  if (!id || (kind !== 'note' && kind !== 'member' && kind !== 'plan' && kind !== 'template' && kind !== 'package' && kind !== 'graph' && kind !== 'network')) return null;
  return { kind, id };
}

/** A tab id that may be restored from the saved UI state (session-only kinds are not). */
export function isValidTabId(value: unknown): value is TabId {
  const parsed = typeof value === 'string' ? parseTabId(value) : null;
  return parsed !== null && !SESSION_ONLY_KINDS.includes(parsed.kind);
}

/** The tab to activate after closing `closing`: its right neighbour, else its left one. */
export function neighbourAfterClose(tabs: TabId[], closing: TabId): TabId | null {
  const i = tabs.indexOf(closing);
  if (i < 0) return null;
  return tabs[i + 1] ?? tabs[i - 1] ?? null;
}

export function moveTabBy(tabs: TabId[], tab: TabId, delta: number): TabId[] {
  const i = tabs.indexOf(tab);
  if (i < 0) return tabs;
  const j = Math.max(0, Math.min(tabs.length - 1, i + delta));
  return moveTabTo(tabs, tab, j);
}

/** Moves a tab so that it ends up at index `target` of the new list. */
export function moveTabTo(tabs: TabId[], tab: TabId, target: number): TabId[] {
  const i = tabs.indexOf(tab);
  if (i < 0 || i === target) return tabs;
  const next = tabs.filter((t) => t !== tab);
  next.splice(Math.max(0, Math.min(next.length, target)), 0, tab);
  return next;
}

export function cycleTab(tabs: TabId[], active: TabId | null, delta: number): TabId | null {
  if (tabs.length === 0) return null;
  const i = active ? tabs.indexOf(active) : -1;
  if (i < 0) return tabs[0];
  return tabs[(i + delta + tabs.length) % tabs.length];
}
