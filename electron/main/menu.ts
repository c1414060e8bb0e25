// Turns the plain-data menu template into Electron's application menu; clicks go to the renderer.
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './menu-template';
import type { MenuItemSpec, TopMenuSpec } from './menu-template';

function toItem(spec: MenuItemSpec, sendCommand: (commandId: string) => void): MenuItemConstructorOptions {
  switch (spec.type) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return spec.label ? { role: spec.role, label: spec.label } : { role: spec.role };
    case 'command':
      return {
        id: spec.commandId,
        label: spec.label,
        accelerator: spec.accelerator,
        registerAccelerator: spec.registerAccelerator,
        click: () => sendCommand(spec.commandId),
      };
  }
}

export function toElectronTemplate(menus: TopMenuSpec[], sendCommand: (commandId: string) => void): MenuItemConstructorOptions[] {
  return menus.map((m) => ({
    id: m.id,
    label: m.label,
    ...(m.role === 'help' ? { role: 'help' as const } : {}),
    submenu: m.items.map((i) => toItem(i, sendCommand)),
  }));
}

/** Builds and installs the application menu for a UI language. */
export function installApplicationMenu(language: string, sendCommand: (commandId: string) => void): void {
  const menus = buildMenuTemplate({ language, isMac: process.platform === 'darwin' });
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(menus, sendCommand)));
}
