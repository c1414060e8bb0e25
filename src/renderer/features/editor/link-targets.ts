// Which raw [[link]] targets resolve: asked from the server in batches for the links on screen, re-asked after changes.
import type { LinkTarget } from '../../../common/api/methods/notes';
import { titleKey } from '../../../common/wikilink';
import { api } from '../../state/services';
import { createStore } from '../../state/store';

/** Most targets per notes.resolveTargets call (the method's limit). */
const BATCH = 500;
const DELAY_MS = 30;

export interface LinkResolution {
  /** Raw target → id of the note it resolves to (null: unresolved) and the generation it was answered in. */
  byTarget: Record<string, { id: string | null; generation: number }>;
  /** Grows on every note change: answers from older generations are shown but asked again. */
  generation: number;
}

export const linkResolution = createStore<LinkResolution>({ byTarget: {}, generation: 0 });

const queued = new Set<string>();
/** Targets asked in the current generation (answer pending or received). */
let asked = new Set<string>();
let timer: ReturnType<typeof setTimeout> | null = null;

async function flush(): Promise<void> {
  timer = null;
  const targets = [...queued];
  queued.clear();
  const generation = linkResolution.get().generation;
  for (let i = 0; i < targets.length; i += BATCH) {
    const chunk = targets.slice(i, i + BATCH);
    try {
      const answer = await api().call('notes.resolveTargets', { targets: chunk });
      linkResolution.set((s) => {
        const byTarget = { ...s.byTarget };
        for (const t of chunk) if (!byTarget[t] || byTarget[t].generation <= generation) byTarget[t] = { id: answer[t] ?? null, generation };
        return { ...s, byTarget };
      });
    } catch {
      // Left unknown; asked again after the next change.
      for (const t of chunk) asked.delete(t);
    }
  }
}

/** Asks for the targets not yet answered in the current generation (batched with other editors' requests). */
export function requestResolution(targets: Iterable<string>): void {
  const { byTarget, generation } = linkResolution.get();
  for (const t of targets) {
    if (!t || t.length > 600 || asked.has(t) || byTarget[t]?.generation === generation) continue;
    asked.add(t);
    queued.add(t);
  }
  if (queued.size && !timer) timer = setTimeout(() => void flush(), DELAY_MS);
}

/** Notes changed: answers so far may be outdated; open editors ask again for their own links only. */
export function invalidateLinkTargets(): void {
  asked = new Set();
  linkResolution.set((s) => ({ ...s, generation: s.generation + 1 }));
}

/** Whether a raw link target ("Title", "Title#Heading", "Domain/Title") names a known note or alias, in a given list. */
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
