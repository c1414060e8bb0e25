// Drops a command that arrives twice for one key press (keydown in the page and the native menu accelerator).
const WINDOW_MS = 250;
let last: { id: string; source: string; at: number } | null = null;

/** Returns true when the command should run; false when another source just ran it. */
export function noteCommandRun(id: string, source: 'keybinding' | 'menu'): boolean {
  const now = Date.now();
  if (last && last.id === id && last.source !== source && now - last.at < WINDOW_MS) {
    last = null;
    return false;
  }
  last = { id, source, at: now };
  return true;
}
