// The command catalogue: one list of command ids, titles (locale keys), keybindings and menu places.
// The renderer attaches handlers; the palette, keybindings and the desktop menu all read this list.

export type MenuId = 'file' | 'edit' | 'view' | 'go' | 'help';

export interface CommandSpec {
  id: string;
  /** Locale key of the title shown in the palette and menus. */
  titleKey: string;
  /** Locale key of the category prefix ("View", "File", ...). */
  categoryKey: string;
  /** Keybinding in the form "Mod+Shift+P"; Mod is Ctrl, or Cmd on macOS. */
  keybinding?: string;
  menu?: { id: MenuId; group: number };
  /** Hidden from the palette (e.g. the palette itself is still listed; internal helpers are not). */
  hidden?: boolean;
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'workbench.commandPalette', titleKey: 'commands.commandPalette', categoryKey: 'category.view', keybinding: 'Mod+Shift+P', menu: { id: 'view', group: 1 } },
  { id: 'workbench.quickOpen', titleKey: 'commands.quickOpen', categoryKey: 'category.go', keybinding: 'Mod+P', menu: { id: 'go', group: 1 } },
  { id: 'notes.create', titleKey: 'commands.newNote', categoryKey: 'category.file', keybinding: 'Alt+N', menu: { id: 'file', group: 1 } },
  { id: 'notes.rename', titleKey: 'commands.renameNote', categoryKey: 'category.file', keybinding: 'F2', menu: { id: 'file', group: 1 } },
  { id: 'notes.delete', titleKey: 'commands.deleteNote', categoryKey: 'category.file', menu: { id: 'file', group: 1 } },
  { id: 'notes.showHistory', titleKey: 'commands.showHistory', categoryKey: 'category.view', keybinding: 'Mod+Alt+H', menu: { id: 'view', group: 3 } },
  { id: 'notes.showTrash', titleKey: 'commands.showTrash', categoryKey: 'category.view', menu: { id: 'view', group: 3 } },
  { id: 'domains.create', titleKey: 'commands.newDomain', categoryKey: 'category.workspace', menu: { id: 'file', group: 1 } },
  { id: 'domains.rename', titleKey: 'commands.renameDomain', categoryKey: 'category.workspace' },
  { id: 'domains.archive', titleKey: 'commands.toggleArchiveDomain', categoryKey: 'category.workspace' },
  { id: 'editor.save', titleKey: 'commands.save', categoryKey: 'category.file', keybinding: 'Mod+S', menu: { id: 'file', group: 2 } },
  { id: 'editor.saveAll', titleKey: 'commands.saveAll', categoryKey: 'category.file', keybinding: 'Mod+Alt+S', menu: { id: 'file', group: 2 } },
  { id: 'editor.close', titleKey: 'commands.closeEditor', categoryKey: 'category.view', keybinding: 'Alt+W', menu: { id: 'file', group: 3 } },
  { id: 'editor.closeAll', titleKey: 'commands.closeAllEditors', categoryKey: 'category.view', menu: { id: 'file', group: 3 } },
  { id: 'editor.nextTab', titleKey: 'commands.nextEditor', categoryKey: 'category.view', keybinding: 'Alt+PageDown', menu: { id: 'go', group: 2 } },
  { id: 'editor.previousTab', titleKey: 'commands.previousEditor', categoryKey: 'category.view', keybinding: 'Alt+PageUp', menu: { id: 'go', group: 2 } },
  { id: 'editor.moveTabLeft', titleKey: 'commands.moveEditorLeft', categoryKey: 'category.view', keybinding: 'Alt+Shift+PageUp' },
  { id: 'editor.moveTabRight', titleKey: 'commands.moveEditorRight', categoryKey: 'category.view', keybinding: 'Alt+Shift+PageDown' },
  { id: 'workbench.toggleSidebar', titleKey: 'commands.toggleSidebar', categoryKey: 'category.view', keybinding: 'Mod+B', menu: { id: 'view', group: 2 } },
  { id: 'workbench.togglePanel', titleKey: 'commands.togglePanel', categoryKey: 'category.view', keybinding: 'Mod+J', menu: { id: 'view', group: 2 } },
  { id: 'workbench.resetLayout', titleKey: 'commands.resetLayout', categoryKey: 'category.view', menu: { id: 'view', group: 2 } },
  { id: 'workbench.view.explorer', titleKey: 'commands.showExplorer', categoryKey: 'category.view', keybinding: 'Mod+Shift+E', menu: { id: 'view', group: 3 } },
  { id: 'workbench.view.search', titleKey: 'commands.showSearch', categoryKey: 'category.view', keybinding: 'Mod+Shift+F', menu: { id: 'view', group: 3 } },
  { id: 'workbench.view.members', titleKey: 'commands.showMembers', categoryKey: 'category.view', keybinding: 'Mod+Shift+M', menu: { id: 'view', group: 3 } },
  { id: 'workbench.view.plans', titleKey: 'commands.showPlans', categoryKey: 'category.view', keybinding: 'Mod+Shift+L', menu: { id: 'view', group: 3 } },
  { id: 'workbench.panel.problems', titleKey: 'commands.showProblems', categoryKey: 'category.view', menu: { id: 'view', group: 3 } },
  { id: 'workbench.panel.backlinks', titleKey: 'commands.showBacklinks', categoryKey: 'category.view', keybinding: 'Mod+Shift+K', menu: { id: 'view', group: 3 } },
  { id: 'workbench.panel.output', titleKey: 'commands.showOutput', categoryKey: 'category.view', keybinding: 'Mod+Shift+U', menu: { id: 'view', group: 3 } },
  { id: 'theme.light', titleKey: 'commands.themeLight', categoryKey: 'category.preferences', menu: { id: 'view', group: 4 } },
  { id: 'theme.dark', titleKey: 'commands.themeDark', categoryKey: 'category.preferences', menu: { id: 'view', group: 4 } },
  { id: 'theme.system', titleKey: 'commands.themeSystem', categoryKey: 'category.preferences', menu: { id: 'view', group: 4 } },
  { id: 'theme.toggle', titleKey: 'commands.themeToggle', categoryKey: 'category.preferences', keybinding: 'Mod+Alt+T' },
  { id: 'language.english', titleKey: 'commands.languageEnglish', categoryKey: 'category.preferences', menu: { id: 'view', group: 5 } },
  { id: 'language.indonesian', titleKey: 'commands.languageIndonesian', categoryKey: 'category.preferences', menu: { id: 'view', group: 5 } },
  { id: 'workspace.refresh', titleKey: 'commands.refreshWorkspace', categoryKey: 'category.workspace', keybinding: 'F5' },
  { id: 'plans.new', titleKey: 'commands.newPlan', categoryKey: 'category.plans', menu: { id: 'file', group: 1 } },
  { id: 'graph.showGlobal', titleKey: 'commands.showGraph', categoryKey: 'category.view', keybinding: 'Mod+Alt+G', menu: { id: 'view', group: 3 } },
  { id: 'graph.showLocal', titleKey: 'commands.showLocalGraph', categoryKey: 'category.view' },
  { id: 'network.show', titleKey: 'commands.showNetwork', categoryKey: 'category.view', keybinding: 'Mod+Alt+N', menu: { id: 'view', group: 3 } },
  { id: 'packages.export', titleKey: 'commands.exportPackage', categoryKey: 'category.packages', menu: { id: 'file', group: 2 } },
  { id: 'packages.import', titleKey: 'commands.importPackage', categoryKey: 'category.packages', menu: { id: 'file', group: 2 } },
  { id: 'plans.exportHtml', titleKey: 'commands.exportPlanHtml', categoryKey: 'category.plans' },
  { id: 'plans.exportMarkdown', titleKey: 'commands.exportPlanMarkdown', categoryKey: 'category.plans' },
  { id: 'plans.print', titleKey: 'commands.printPlan', categoryKey: 'category.plans' },
  { id: 'plans.exportPdf', titleKey: 'commands.exportPlanPdf', categoryKey: 'category.plans' },
  { id: 'plans.createOutputs', titleKey: 'commands.createPlanOutputs', categoryKey: 'category.plans' },
  { id: 'templates.open', titleKey: 'commands.openTemplates', categoryKey: 'category.plans' },
  { id: 'templates.new', titleKey: 'commands.newTemplate', categoryKey: 'category.plans' },
  { id: 'templates.import', titleKey: 'commands.importTemplate', categoryKey: 'category.plans' },
  { id: 'help.about', titleKey: 'commands.about', categoryKey: 'category.help', menu: { id: 'help', group: 1 } },
];

export function findCommand(id: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.id === id);
}

export interface KeyChord {
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

/** Parses "Mod+Shift+P" into a chord; key names are case-insensitive. */
export function parseKeybinding(binding: string): KeyChord {
  const parts = binding.split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { mod: mods.has('mod'), ctrl: mods.has('ctrl'), alt: mods.has('alt'), shift: mods.has('shift'), key: key.toLowerCase() };
}

/** Human label for a keybinding: "Ctrl+Shift+P" on Windows/Linux, "⇧⌘P" on macOS. */
export function formatKeybinding(binding: string, isMac: boolean): string {
  const c = parseKeybinding(binding);
  const key = c.key.length === 1 ? c.key.toUpperCase() : binding.split('+').pop()!;
  if (isMac) {
    return `${c.ctrl ? '⌃' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.mod ? '⌘' : ''}${key}`;
  }
  return [c.mod || c.ctrl ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** Electron accelerator for a keybinding ("Mod" becomes "CmdOrCtrl"). */
export function toAccelerator(binding: string): string {
  return binding.replace(/\bMod\b/, 'CmdOrCtrl');
}

/** True when a keyboard event matches a keybinding. */
export function matchesKeybinding(
  binding: string,
  e: { key: string; code?: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean },
  isMac: boolean,
): boolean {
  const c = parseKeybinding(binding);
  const wantCtrl = c.ctrl || (c.mod && !isMac);
  const wantMeta = c.mod && isMac;
  if (e.ctrlKey !== wantCtrl || e.metaKey !== wantMeta || e.altKey !== c.alt || e.shiftKey !== c.shift) return false;
  const key = e.key.toLowerCase();
  if (key === c.key) return true;
  // With Alt or Shift held, e.key may be a different character; fall back to the physical key code.
  if (e.code && c.key.length === 1) return e.code.toLowerCase() === `key${c.key}` || e.code.toLowerCase() === `digit${c.key}`;
  return false;
}
