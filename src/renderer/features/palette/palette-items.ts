// The rows the quick input can show: catalogue commands ("Category: Title") or notes matched by the server (title, domain).
import type { TFunction } from 'i18next';
import type { TitleMatch } from '../../../common/api/methods/notes';
import { COMMANDS, formatKeybinding } from '../../../common/commands';
import { fuzzyFilter, type FuzzyMatch } from './fuzzy';

export interface PaletteItem {
  kind: 'command' | 'note';
  id: string;
  label: string;
  detail: string;
  keybinding: string | null;
  match: FuzzyMatch;
}

const MAX_ROWS = 200;

export function commandItems(query: string, t: TFunction, isMac: boolean): PaletteItem[] {
  const all = COMMANDS.filter((c) => !c.hidden).map((c) => ({
    id: c.id,
    label: `${t(c.categoryKey)}: ${t(c.titleKey)}`,
    keybinding: c.keybinding ? formatKeybinding(c.keybinding, isMac) : null,
  }));
  return fuzzyFilter(all, query, (c) => c.label)
    .slice(0, MAX_ROWS)
    .map(({ item, match }) => ({ kind: 'command', id: item.id, label: item.label, detail: '', keybinding: item.keybinding, match }));
}

/** Quick open rows from the server's matches (notes.quickOpen ranks them; an alias match names the alias). */
export function noteItems(matches: TitleMatch[], t: TFunction): PaletteItem[] {
  return matches.map((m) => ({
    kind: 'note',
    id: m.id,
    label: m.title,
    detail: `${m.alias ? `${m.alias} · ` : ''}${m.domainName || m.domainId} · ${t(`kinds.${m.kind}`)}`,
    keybinding: null,
    match: { score: 0, positions: m.positions },
  }));
}
