// Welcome page shown when no editor is open: workspace name, counts and keybinding hints.
import { useTranslation } from 'react-i18next';
import { findCommand, formatKeybinding } from '../../../common/commands';
import { IS_MAC } from '../../commands/platform';
import { executeCommand } from '../../commands/registry';
import { data } from '../../state/data-store';
import { useStore } from '../../state/store';

const START_COMMANDS = ['notes.create', 'workbench.quickOpen', 'workbench.commandPalette'];
const HINT_COMMANDS = ['workbench.commandPalette', 'workbench.quickOpen', 'notes.create', 'editor.save', 'workbench.toggleSidebar', 'workbench.togglePanel', 'workbench.view.explorer', 'theme.toggle'];

export function Welcome() {
  const { t } = useTranslation();
  const info = useStore(data, (s) => s.info);
  const stats = useStore(data, (s) => s.stats);
  const counts = stats
    ? [
        { id: 'notes', value: stats.notes },
        { id: 'domains', value: stats.domains },
        { id: 'members', value: stats.members },
        { id: 'plans', value: stats.plans },
        { id: 'links', value: stats.links },
        { id: 'unresolvedLinks', value: stats.unresolvedLinks },
      ]
    : [];
  return (
    <div className="welcome" data-testid="welcome">
      <div className="welcome-inner">
        <h1 className="welcome-app">{t('app.name')}</h1>
        <p className="welcome-tagline">{t('welcome.tagline')}</p>
        <h2 className="welcome-workspace" data-testid="welcome-workspace">
          {info?.name ?? t('common.loading')}
        </h2>
        {info?.description && <p className="welcome-description">{info.description}</p>}
        <div className="welcome-stats" data-testid="welcome-stats">
          {counts.map((c) => (
            <div key={c.id} className="stat" data-stat={c.id}>
              <span className="stat-value">{c.value}</span>
              <span className="stat-label">{t(`welcome.stats.${c.id}`)}</span>
            </div>
          ))}
        </div>
        <div className="welcome-columns">
          <section>
            <h3 className="subheading">{t('welcome.start')}</h3>
            <ul className="welcome-links">
              {START_COMMANDS.map((id) => (
                <li key={id}>
                  <button type="button" className="link-button" data-welcome-command={id} onClick={() => void executeCommand(id)}>
                    {t(findCommand(id)!.titleKey)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h3 className="subheading">{t('welcome.keyboard')}</h3>
            <dl className="keybinding-hints">
              {HINT_COMMANDS.map((id) => {
                const cmd = findCommand(id)!;
                return (
                  <div key={id} className="hint-row">
                    <dt>{t(cmd.titleKey)}</dt>
                    <dd>
                      <kbd>{formatKeybinding(cmd.keybinding!, IS_MAC)}</kbd>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        </div>
      </div>
    </div>
  );
}
