// Applies the theme setting to <html> (data-theme, data-theme-setting) and follows the OS when set to "system".
import { toDisposable, type Disposable } from '../../common/disposable';
import type { ThemeSetting } from '../state/workbench-state';
import { workbench } from '../state/workbench-store';

export type ResolvedTheme = 'light' | 'dark';

const darkQuery = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

export function resolveTheme(setting: ThemeSetting): ResolvedTheme {
  if (setting !== 'system') return setting;
  return darkQuery()?.matches ? 'dark' : 'light';
}

export function applyTheme(setting: ThemeSetting): void {
  const root = document.documentElement;
  root.dataset.theme = resolveTheme(setting);
  root.dataset.themeSetting = setting;
  root.style.colorScheme = root.dataset.theme;
}

/** Next theme in the status bar cycle: light → dark → system → light. */
export function nextThemeSetting(setting: ThemeSetting): ThemeSetting {
  return setting === 'light' ? 'dark' : setting === 'dark' ? 'system' : 'light';
}

export function installThemeSync(): Disposable {
  let current = workbench.get().theme;
  applyTheme(current);
  const unsubscribe = workbench.subscribe(() => {
    const theme = workbench.get().theme;
    if (theme === current) return;
    current = theme;
    applyTheme(theme);
  });
  const query = darkQuery();
  const onSystemChange = () => applyTheme(workbench.get().theme);
  query?.addEventListener('change', onSystemChange);
  return toDisposable(() => {
    unsubscribe();
    query?.removeEventListener('change', onSystemChange);
  });
}
