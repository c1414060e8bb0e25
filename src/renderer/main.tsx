// Renderer entry: picks the transport, restores the saved UI state, sets up i18n and renders the workbench.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { UiState } from '../common/api/types';
import { selectApiClient } from './api/select-client';
import { initI18n } from './i18n/i18n';
import { detectDefaultLanguage } from './i18n/language';
import { errorParts, reportError } from './features/notifications/report-error';
import { setApi } from './state/services';
import { fromUiState } from './state/ui-state';
import { workbench } from './state/workbench-store';
import { applyTheme } from './theme/theme';
import { BlockingScreen } from './workbench/BlockingScreen';
import { startWorkbench } from './workbench/startup';
import { Workbench } from './workbench/Workbench';
import './styles/index.css';

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const language = detectDefaultLanguage();
  const selection = selectApiClient();
  applyTheme('system');

  if (selection.kind === 'no-token') {
    await initI18n(language);
    root.render(<BlockingScreen testId="no-token" titleKey="startup.noTokenTitle" bodyKey="startup.noTokenBody" />);
    return;
  }

  const api = selection.client;
  setApi(api);
  let saved: UiState | null = null;
  let startupError: unknown = null;
  try {
    saved = await api.call('ui.getState', {});
  } catch (err) {
    const { code, message } = errorParts(err);
    if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN' || code === 'TRANSPORT') {
      await initI18n(language);
      const unauthorized = code !== 'TRANSPORT';
      root.render(
        <BlockingScreen
          testId={unauthorized ? 'token-rejected' : 'startup-error'}
          titleKey={unauthorized ? 'startup.tokenRejectedTitle' : 'startup.unreachableTitle'}
          bodyKey={unauthorized ? 'startup.tokenRejectedBody' : 'startup.unreachableBody'}
          detail={`[${code}] ${message}`}
          onRetry={() => window.location.reload()}
        />,
      );
      return;
    }
    startupError = err;
  }

  workbench.set(fromUiState(saved, language));
  await initI18n(workbench.get().language);
  startWorkbench(api, selection.kind === 'desktop' ? selection.bridge : null);
  if (startupError) reportError(startupError, 'errors.restoreLayout');
  root.render(
    <StrictMode>
      <Workbench />
    </StrictMode>,
  );
}

void main();
