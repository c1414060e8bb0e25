// The command catalogue and the two locale files: every title translated, key sets identical, keybindings unique.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, formatKeybinding, matchesKeybinding, toAccelerator } from '../../src/common/commands';
import { RESOURCES_DIR } from '../helpers/workspace';

const load = (lang: string) => JSON.parse(readFileSync(join(RESOURCES_DIR, 'locales', `${lang}.json`), 'utf8'));
function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'object' && v !== null) Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = String(v);
  }
  return out;
}
const en = flatten(load('en'));
const id = flatten(load('id'));

describe('locales', () => {
  it('English and Indonesian have exactly the same keys, none empty', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries({ ...en, ...id })) expect(v.trim(), k).not.toBe('');
  });
  it('Indonesian is actually translated for command titles', () => {
    const same = COMMANDS.filter((c) => en[c.titleKey] === id[c.titleKey] && !/CoP Workbench/.test(en[c.titleKey]));
    expect(same.map((c) => c.id)).toEqual([]);
  });
});

describe('command catalogue', () => {
  it('every command has an area.verb id and translated title and category', () => {
    for (const c of COMMANDS) {
      expect(c.id).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
      expect(en[c.titleKey], c.id).toBeDefined();
      expect(id[c.titleKey], c.id).toBeDefined();
      expect(en[c.categoryKey], c.id).toBeDefined();
    }
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
  });
  it('keybindings are unique and formatted per platform', () => {
    const bindings = COMMANDS.flatMap((c) => (c.keybinding ? [c.keybinding] : []));
    expect(new Set(bindings).size).toBe(bindings.length);
    expect(formatKeybinding('Mod+Shift+P', false)).toBe('Ctrl+Shift+P');
    expect(formatKeybinding('Mod+Shift+P', true)).toBe('⇧⌘P');
    expect(toAccelerator('Mod+Shift+P')).toBe('CmdOrCtrl+Shift+P');
  });
  it('matches keyboard events', () => {
    const ev = { key: 'P', code: 'KeyP', ctrlKey: true, metaKey: false, altKey: false, shiftKey: true };
    expect(matchesKeybinding('Mod+Shift+P', ev, false)).toBe(true);
    expect(matchesKeybinding('Mod+Shift+P', ev, true)).toBe(false);
    expect(matchesKeybinding('Mod+P', ev, false)).toBe(false);
    expect(matchesKeybinding('Alt+N', { key: 'ñ', code: 'KeyN', ctrlKey: false, metaKey: false, altKey: true, shiftKey: false }, false)).toBe(true);
  });
});
