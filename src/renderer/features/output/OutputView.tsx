// The Output panel view: the session log, newest at the bottom, kept scrolled to the end.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../i18n/format';
import { useStore } from '../../state/store';
import { translateMessage } from '../notifications/translate-message';
import { outputLog } from './output-log';

export function OutputView() {
  const { t, i18n } = useTranslation();
  const entries = useStore(outputLog, (s) => s.entries);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries]);
  return (
    <div ref={ref} className="output" data-testid="output-log" role="log" aria-live="polite">
      {entries.length === 0 && <div className="muted">{t('output.empty')}</div>}
      {entries.map((e) => (
        <div key={e.seq} className={`output-line level-${e.level}`} data-level={e.level} data-key={e.key}>
          <span className="output-time">{formatTime(e.time, i18n.language)}</span>
          <span className="output-level">{t(`output.level.${e.level}`)}</span>
          <span className="output-text">{translateMessage(t, e.key, e.params)}</span>
        </div>
      ))}
    </div>
  );
}
