// Status bar: workspace name, counts, connection state (browser host), language and theme switches.
import { useTranslation } from 'react-i18next';
import { executeCommand } from '../commands/registry';
import { connectionStore } from '../api/connection';
import { ProblemsStatus } from '../features/problems/ProblemsStatus';
import { Icon } from '../icons/Icon';
import { data } from '../state/data-store';
import { useStore } from '../state/store';
import { setLanguage, setTheme, workbench } from '../state/workbench-store';
import { nextThemeSetting } from '../theme/theme';

const THEME_ICONS = { light: 'sun', dark: 'moon', system: 'monitor' } as const;

export function StatusBar() {
  const { t } = useTranslation();
  const info = useStore(data, (s) => s.info);
  const stats = useStore(data, (s) => s.stats);
  const connection = useStore(connectionStore, (s) => s.state);
  const language = useStore(workbench, (s) => s.language);
  const theme = useStore(workbench, (s) => s.theme);
  const otherLanguage = language === 'en' ? 'id' : 'en';
  const nextTheme = nextThemeSetting(theme);

  return (
    <footer className="statusbar" data-part="statusbar" aria-label={t('parts.statusbar')}>
      <div className="status-group">
        <button type="button" className="status-item" data-testid="status-workspace" title={info?.path ?? ''} onClick={() => void executeCommand('workbench.view.explorer')}>
          <Icon name="folder" size={14} />
          <span>{info?.name ?? t('common.loading')}</span>
        </button>
        {stats && (
          <span className="status-item static" data-testid="status-counts" title={t('status.countsTitle', { links: stats.links, unresolved: stats.unresolvedLinks, plans: stats.plans })}>
            <span>{t('status.notes', { count: stats.notes })}</span>
            <span>{t('status.domains', { count: stats.domains })}</span>
            <span>{t('status.members', { count: stats.members })}</span>
          </span>
        )}
        <ProblemsStatus />
        {connection !== 'desktop' && (
          <span className={`status-item static connection-${connection}`} data-testid="status-connection" data-state={connection} title={t(`status.connectionHint.${connection}`)}>
            <Icon name="plug" size={14} />
            <span>{t(`status.connection.${connection}`)}</span>
          </span>
        )}
      </div>
      <div className="status-group">
        <button
          type="button"
          className="status-item"
          data-testid="status-language"
          data-language={language}
          title={t('status.switchLanguage', { language: t(`languages.${otherLanguage}`) })}
          aria-label={t('status.switchLanguage', { language: t(`languages.${otherLanguage}`) })}
          onClick={() => setLanguage(otherLanguage)}
        >
          <Icon name="globe" size={14} />
          <span>{language.toUpperCase()}</span>
        </button>
        <button
          type="button"
          className="status-item"
          data-testid="status-theme"
          data-theme-setting={theme}
          title={t('status.switchTheme', { theme: t(`themes.${nextTheme}`) })}
          aria-label={t('status.switchTheme', { theme: t(`themes.${nextTheme}`) })}
          onClick={() => setTheme(nextTheme)}
        >
          <Icon name={THEME_ICONS[theme]} size={14} />
          <span>{t(`themes.${theme}`)}</span>
        </button>
      </div>
    </footer>
  );
}
