// Autocomplete options for [[: the server's fuzzy matches over titles and aliases, plus "create" when nothing matches exactly.
import { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { LinkSuggestions, TitleMatch } from '../../../../../common/api/methods/notes';

export const MAX_OPTIONS = 12;

export class LinkOption extends MenuOption {
  constructor(
    readonly noteTitle: string,
    readonly target: TitleMatch | null,
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

/** Options for the typed query from the server's answer; `fresh` false (an answer to an earlier query) offers no "create". */
export function linkOptions(answer: LinkSuggestions, query: string, fresh: boolean): LinkOption[] {
  const options = answer.items.slice(0, MAX_OPTIONS).map((m) => new LinkOption(m.title, m, m.alias, m.positions));
  const typed = query.trim();
  if (fresh && typed && !answer.exact) options.push(new LinkOption(typed, null, null, []));
  return options;
}
