// Keeps i18next and the desktop host (native menus, window chrome) in step with the chosen language and theme.
import type { DesktopBridge } from '../../common/api/bridge';
import { toDisposable, type Disposable } from '../../common/disposable';
import { i18n } from '../i18n/i18n';
import { workbench } from './workbench-store';

export function installSettingsSync(bridge: DesktopBridge | null): Disposable {
  let { language, theme } = workbench.get();
  const tellDesktop = () => {
    try {
      bridge?.setUiSettings({ language, theme });
    } catch (err) {
      console.error(err);
    }
  };
  tellDesktop();
  const unsubscribe = workbench.subscribe(() => {
    const s = workbench.get();
    if (s.language === language && s.theme === theme) return;
    const languageChanged = s.language !== language;
    language = s.language;
    theme = s.theme;
    if (languageChanged) void i18n.changeLanguage(language);
    tellDesktop();
  });
  return toDisposable(unsubscribe);
}
