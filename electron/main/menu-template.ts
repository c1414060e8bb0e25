// The native menu as plain data (no Electron import, so it can be unit-tested): built from the
// COMMANDS catalogue, grouped by menu and group, labelled from the locale JSON, with accelerators.
import { COMMANDS, toAccelerator } from '../../src/common/commands';
import type { CommandSpec, MenuId } from '../../src/common/commands';
import en from '../../resources/locales/en.json';
import id from '../../resources/locales/id.json';

export type MenuLanguage = 'en' | 'id';

const LOCALES: Record<MenuLanguage, unknown> = { en, id };

export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'quit'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide';

export type MenuItemSpec =
  | { type: 'separator' }
  | { type: 'role'; role: MenuRole; label?: string }
  | { type: 'command'; commandId: string; label: string; accelerator?: string; registerAccelerator: boolean };

export interface TopMenuSpec {
  /** 'app' (macOS only) or a MenuId. */
  id: 'app' | MenuId;
  label: string;
  role?: 'appMenu' | 'editMenu' | 'viewMenu' | 'help';
  items: MenuItemSpec[];
}

export interface MenuTemplateOptions {
  language: string;
  isMac: boolean;
  appName?: string;
  commands?: readonly CommandSpec[];
  /**
   * The renderer handles every catalogue keybinding itself, so menu accelerators are shown but not
   * registered with the OS (registerAccelerator: false) to avoid firing a command twice.
   */
  rendererHandlesKeybindings?: boolean;
}

export const MENU_ORDER: readonly MenuId[] = ['file', 'edit', 'view', 'go', 'help'];

/** Maps a UI language tag ("id", "id-ID", "en-GB") to a menu locale; anything unknown is English. */
export function menuLanguage(language: string): MenuLanguage {
  const base = language.toLowerCase().split(/[-_]/)[0];
  return base === 'id' || base === 'in' ? 'id' : 'en';
}

function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates a locale key, falling back to English and then to the key itself. */
export function translate(language: MenuLanguage, key: string): string {
  return lookup(LOCALES[language], key) ?? lookup(LOCALES.en, key) ?? key;
}

/** Top-level labels keep their "&" mnemonic on Windows/Linux; macOS has no mnemonics. */
function topLabel(label: string, isMac: boolean): string {
  return isMac ? label.replace(/&(&?)/g, '$1') : label;
}

/** Item labels are literal: a "&" must not become a mnemonic on Windows/Linux. */
function itemLabel(label: string, isMac: boolean): string {
  return isMac ? label : label.replace(/&/g, '&&');
}

function commandItems(menuId: MenuId, opts: Required<Omit<MenuTemplateOptions, 'appName'>>, lang: MenuLanguage): MenuItemSpec[] {
  const inMenu = opts.commands.filter((c) => c.menu?.id === menuId);
  const groups = [...new Set(inMenu.map((c) => c.menu!.group))].sort((a, b) => a - b);
  const items: MenuItemSpec[] = [];
  for (const group of groups) {
    if (items.length > 0) items.push({ type: 'separator' });
    for (const c of inMenu.filter((x) => x.menu!.group === group)) {
      const item: MenuItemSpec = {
        type: 'command',
        commandId: c.id,
        label: itemLabel(translate(lang, c.titleKey), opts.isMac),
        registerAccelerator: !opts.rendererHandlesKeybindings,
      };
      if (c.keybinding) item.accelerator = toAccelerator(c.keybinding);
      items.push(item);
    }
  }
  return items;
}

function withGroup(items: MenuItemSpec[], extra: MenuItemSpec[]): MenuItemSpec[] {
  if (extra.length === 0) return items;
  return items.length > 0 ? [...items, { type: 'separator' }, ...extra] : [...extra];
}

/** Builds the whole application menu as plain data. */
export function buildMenuTemplate(options: MenuTemplateOptions): TopMenuSpec[] {
  const opts = {
    language: options.language,
    isMac: options.isMac,
    commands: options.commands ?? COMMANDS,
    rendererHandlesKeybindings: options.rendererHandlesKeybindings ?? true,
  };
  const lang = menuLanguage(opts.language);
  const t = (key: string): string => itemLabel(translate(lang, key), opts.isMac);
  const role = (r: MenuRole, key?: string): MenuItemSpec => (key ? { type: 'role', role: r, label: t(key) } : { type: 'role', role: r });
  const menus: TopMenuSpec[] = [];

  if (opts.isMac) {
    menus.push({
      id: 'app',
      label: options.appName ?? translate(lang, 'app.name'),
      role: 'appMenu',
      items: [
        role('about'),
        { type: 'separator' },
        role('services'),
        { type: 'separator' },
        role('hide'),
        role('hideOthers'),
        role('unhide'),
        { type: 'separator' },
        role('quit', 'menu.quit'),
      ],
    });
  }

  for (const menuId of MENU_ORDER) {
    let items = commandItems(menuId, opts, lang);
    if (menuId === 'file' && !opts.isMac) items = withGroup(items, [role('quit', 'menu.quit')]);
    if (menuId === 'edit') {
      items = withGroup(
        [
          role('undo', 'menu.undo'),
          role('redo', 'menu.redo'),
          { type: 'separator' },
          role('cut', 'menu.cut'),
          role('copy', 'menu.copy'),
          role('paste', 'menu.paste'),
          role('selectAll', 'menu.selectAll'),
        ],
        items,
      );
    }
    if (menuId === 'view') items = withGroup(items, [role('reload', 'menu.reload'), role('toggleDevTools', 'menu.toggleDevTools')]);
    if (items.length === 0) continue;
    const top: TopMenuSpec = { id: menuId, label: topLabel(translate(lang, `menu.${menuId}`), opts.isMac), items };
    if (menuId === 'help') top.role = 'help';
    menus.push(top);
  }
  return menus;
}
