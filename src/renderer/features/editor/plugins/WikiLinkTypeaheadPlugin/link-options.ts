// Autocomplete options for [[: fuzzy matches over titles and aliases, plus "create" when nothing matches exactly.
import { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { LinkTarget } from '../../../../../common/api/methods/notes';
import { titleKey } from '../../../../../common/wikilink';
import { fuzzyMatch } from '../../../palette/fuzzy';

export const MAX_OPTIONS = 12;

export class LinkOption extends MenuOption {
  constructor(
    readonly noteTitle: string,
    readonly target: LinkTarget | null,
    /** The alias that matched, when it was not the title. */
    readonly alias: string | null,
    readonly positions: number[],
  ) {
    super(target ? `note:${target.id}` : `create:${noteTitle}`);
  }

  get isCreate(): boolean {
    return this.target === null;
  }
}

export function linkOptions(targets: LinkTarget[], query: string): LinkOption[] {
  const scored: { option: LinkOption; score: number }[] = [];
  for (const t of targets) {
    let best: { score: number; positions: number[]; alias: string | null } | null = null;
    const onTitle = fuzzyMatch(query, t.title);
    if (onTitle) best = { ...onTitle, alias: null };
    for (const alias of t.aliases) {
      const m = fuzzyMatch(query, alias);
      if (m && (!best || m.score > best.score)) best = { score: m.score - 1, positions: [], alias };
    }
    if (best) scored.push({ option: new LinkOption(t.title, t, best.alias, best.positions), score: best.score });
  }
  if (query.trim()) scored.sort((a, b) => b.score - a.score);
  const options = scored.slice(0, MAX_OPTIONS).map((s) => s.option);
  const typed = query.trim();
  const key = titleKey(typed);
  const exists = typed && targets.some((t) => titleKey(t.title) === key || t.aliases.some((a) => titleKey(a) === key));
  if (typed && !exists) options.push(new LinkOption(typed, null, null, []));
  return options;
}
