// Per-member metrics of the sharing network, sortable by any column: received from, gave to, betweenness, component.
// Virtualized (a community of 2,000 members keeps a few dozen rows in the DOM), with a sticky header.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMemberMetrics } from '../../../common/api/methods/network';
import { openMember } from '../../workbench/tab-actions';
import { decimal } from './network-format';

type Column = 'name' | 'inDegree' | 'outDegree' | 'betweenness' | 'component';
const COLUMNS: Column[] = ['name', 'inDegree', 'outDegree', 'betweenness', 'component'];
const ROW_HEIGHT = 26;

export function sortMembers(rows: NetworkMemberMetrics[], column: Column, descending: boolean): NetworkMemberMetrics[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const primary = column === 'name' ? collator.compare(a.name, b.name) : a[column] - b[column];
    return sign * primary || collator.compare(a.name, b.name);
  });
}

export function NetworkMemberTable({ rows, selected, onSelect }: { rows: NetworkMemberMetrics[]; selected: string | null; onSelect: (id: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'betweenness', descending: true });
  const sorted = useMemo(() => sortMembers(rows, sort.column, sort.descending), [rows, sort]);
  const scroller = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({ count: sorted.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    const index = selected ? sorted.findIndex((m) => m.id === selected) : -1;
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selected, sorted, virtualizer]);
  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
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
    <div className="network-table-scroll" ref={scroller} data-testid="network-members-scroll">
      <table className="network-table" data-testid="network-members" data-rows={sorted.length}>
        <thead>
          <tr>{COLUMNS.map(header)}</tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {items.map((item) => {
            const m = sorted[item.index];
            return (
              <tr
                key={m.id}
                data-member-id={m.id}
                data-index={item.index}
                style={{ height: ROW_HEIGHT }}
                aria-selected={m.id === selected}
                className={m.id === selected ? 'selected' : undefined}
                onClick={() => onSelect(m.id === selected ? null : m.id)}
              >
                <td className="network-name" title={m.name}>
                  <button type="button" className="link-button" title={t('network.view.openMember')} onClick={(e) => (e.stopPropagation(), openMember(m.id))}>
                    {m.name}
                  </button>
                </td>
                <td className="num" data-col="inDegree">{m.inDegree}</td>
                <td className="num" data-col="outDegree">{m.outDegree}</td>
                <td className="num" data-col="betweenness">{decimal(m.betweenness, i18n.language)}</td>
                <td className="num" data-col="component">{m.component + 1}</td>
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
