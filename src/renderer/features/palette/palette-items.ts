// The rows the quick input can show: catalogue commands ("Category: Title") or notes (title, domain).
import type { TFunction } from 'i18next';
import type { Domain, NoteSummary } from '../../../common/api/types';
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

export function noteItems(query: string, notes: NoteSummary[], domains: Domain[], t: TFunction, locale: string): PaletteItem[] {
  const domainName = new Map(domains.map((d) => [d.id, d.name]));
  const sorted = [...notes].sort((a, b) => a.title.localeCompare(b.title, locale, { sensitivity: 'base', numeric: true }));
  return fuzzyFilter(sorted, query, (n) => n.title)
    .slice(0, MAX_ROWS)
    .map(({ item, match }) => ({
      kind: 'note',
      id: item.id,
      label: item.title,
      detail: `${domainName.get(item.domainId) ?? item.domainId} · ${t(`kinds.${item.kind}`)}`,
      keybinding: null,
      match,
    }));
}
