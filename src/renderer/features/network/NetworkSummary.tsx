// The network's headline numbers: members, ties, density, reciprocity, one-way share, isolates, components,
// degree centralization (definitions in src/common/api/methods/network.ts).
import { useTranslation } from 'react-i18next';
import type { NetworkMetrics } from '../../../common/api/methods/network';
import { decimal, integer, percent } from './network-format';

export function NetworkSummary({ metrics }: { metrics: NetworkMetrics }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows: [key: string, value: string][] = [
    ['members', integer(metrics.members, lang)],
    ['ties', integer(metrics.ties, lang)],
    ['density', decimal(metrics.density, lang)],
    ['reciprocity', percent(metrics.reciprocity, lang)],
    ['oneWayShare', percent(metrics.oneWayShare, lang)],
    ['isolates', integer(metrics.isolates, lang)],
    ['components', integer(metrics.components, lang)],
    ['centralization', decimal(metrics.centralization, lang)],
  ];
  return (
    <dl className="network-summary" data-testid="network-summary">
      {rows.map(([key, value]) => (
        <div key={key} className="network-metric" data-metric={key}>
          <dt>{t(`network.metric.${key}`)}</dt>
          <dd data-testid={`network-metric-${key}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
