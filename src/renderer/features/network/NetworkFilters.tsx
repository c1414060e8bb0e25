// The scope of the network: time range (from/to day), one practice domain's members, one topic.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkFilter } from '../../../common/api/methods/network';
import { useStore } from '../../state/store';
import { data } from '../../state/data-store';

/** Quick periods ending today; the dates stay editable. */
const PERIODS = [30, 90, 365] as const;

/** The day `days` before `today`, as YYYY-MM-DD (local calendar). */
export function daysBefore(today: Date, days: number): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Which quick period the filter is (null when the dates were set by hand). */
export function periodOf(filter: NetworkFilter, today: Date): number | 'all' | null {
  if (!filter.from && !filter.to) return 'all';
  if (filter.to) return null;
  return PERIODS.find((days) => daysBefore(today, days) === filter.from) ?? null;
}

export function NetworkFilters({ filter, onChange }: { filter: NetworkFilter; onChange: (f: NetworkFilter) => void }) {
  const { t } = useTranslation();
  const domains = useStore(data, (s) => s.domains);
  const [topic, setTopic] = useState(filter.topic ?? '');
  const set = (patch: Partial<NetworkFilter>) => {
    const next = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof NetworkFilter)[]) if (!next[key]) delete next[key];
    onChange(next);
  };
  const commitTopic = () => (topic.trim() || undefined) !== filter.topic && set({ topic: topic.trim() || undefined });
  const period = periodOf(filter, new Date());
  // The date inputs show for "Custom dates" (chosen, or dates that match no quick period).
  const [custom, setCustom] = useState(false);
  const showDates = custom || period === null;
  return (
    <>
      <select
        aria-label={t('network.view.period')}
        data-testid="network-period"
        value={showDates ? 'custom' : String(period)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setCustom(v === 'custom');
          if (v === 'all') set({ from: undefined, to: undefined });
          else if (v !== 'custom') set({ from: daysBefore(new Date(), Number(v)), to: undefined });
        }}
      >
        <option value="all">{t('network.view.allTime')}</option>
        {PERIODS.map((days) => (
          <option key={days} value={days}>
            {t('network.view.lastDays', { count: days })}
          </option>
        ))}
        <option value="custom">{t('network.view.customPeriod')}</option>
      </select>
      {showDates && (
        <>
          <label className="network-field">
            {t('network.view.from')}
            <input type="date" className="text-input" data-testid="network-from" value={filter.from ?? ''} max={filter.to} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
          </label>
          <label className="network-field">
            {t('network.view.to')}
            <input type="date" className="text-input" data-testid="network-to" value={filter.to ?? ''} min={filter.from} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
          </label>
        </>
      )}
      <select aria-label={t('graph.domain')} data-testid="network-domain" value={filter.domainId ?? ''} onChange={(e) => set({ domainId: e.currentTarget.value || undefined })}>
        <option value="">{t('network.view.allMembers')}</option>
        {(domains ?? [])
          .filter((d) => !d.archived)
          .map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
      </select>
      <input
        type="search"
        className="text-input network-topic"
        data-testid="network-topic"
        placeholder={t('network.view.topic')}
        aria-label={t('network.view.topic')}
        value={topic}
        maxLength={200}
        onChange={(e) => setTopic(e.currentTarget.value)}
        onBlur={commitTopic}
        onKeyDown={(e) => e.key === 'Enter' && commitTopic()}
      />
    </>
  );
}
