// Per-member metrics of the sharing network, sortable by any column: received from, gave to, betweenness, component.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMemberMetrics } from '../../../common/api/methods/network';
import { openMember } from '../../workbench/tab-actions';
import { decimal } from './network-format';

type Column = 'name' | 'inDegree' | 'outDegree' | 'betweenness' | 'component';
const COLUMNS: Column[] = ['name', 'inDegree', 'outDegree', 'betweenness', 'component'];

export function sortMembers(rows: NetworkMemberMetrics[], column: Column, descending: boolean): NetworkMemberMetrics[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const primary = column === 'name' ? collator.compare(a.name, b.name) : a[column] - b[column];
    return sign * primary || collator.compare(a.name, b.name);
  });
}

export function NetworkMemberTable({ rows, selected, onSelect }: { rows: NetworkMemberMetrics[]; selected: string | null; onSelect: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'betweenness', descending: true });
  const sorted = useMemo(() => sortMembers(rows, sort.column, sort.descending), [rows, sort]);
  const body = useRef<HTMLTableSectionElement | null>(null);
  useEffect(() => {
    if (selected) body.current?.querySelector(`tr[data-member-id="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const header = (column: Column) => {
    const active = sort.column === column;
    return (
      <th key={column} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={column === 'name' ? undefined : 'num'}>
        <button
          type="button"
          data-testid={`network-sort-${column}`}
          onClick={() => setSort({ column, descending: active ? !sort.descending : column !== 'name' })}
        >
          {t(column === 'name' ? 'network.view.member' : column === 'component' ? 'network.view.component' : `network.metric.${column}`)}
          {active ? (sort.descending ? ' ▾' : ' ▴') : ''}
        </button>
      </th>
    );
  };
  return (
    <table className="network-table" data-testid="network-members">
      <thead>
        <tr>{COLUMNS.map(header)}</tr>
      </thead>
      <tbody ref={body}>
        {sorted.map((m) => (
          <tr key={m.id} data-member-id={m.id} aria-selected={m.id === selected} className={m.id === selected ? 'selected' : undefined} onClick={() => onSelect(m.id)}>
            <td>
              <button type="button" className="link-button" title={t('network.view.openMember')} onClick={(e) => (e.stopPropagation(), openMember(m.id))}>
                {m.name}
              </button>
            </td>
            <td className="num" data-col="inDegree">{m.inDegree}</td>
            <td className="num" data-col="outDegree">{m.outDegree}</td>
            <td className="num" data-col="betweenness">{decimal(m.betweenness, i18n.language)}</td>
            <td className="num" data-col="component">{m.component + 1}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
