// The ties of the selected member: whom they give to and receive from, with where each tie came from (survey,
// package, "built on", applied, comment, meeting) and how many; a mutual pair is marked ⇄. A name selects that member.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkEdge, NetworkMetrics } from '../../../common/api/methods/network';

export interface MemberTie {
  other: string;
  name: string;
  edge: NetworkEdge;
}

/** The member's outgoing and incoming ties, each list heaviest first, then by name. */
export function tiesOf(metrics: NetworkMetrics, memberId: string): { gives: MemberTie[]; receives: MemberTie[] } {
  const name = new Map(metrics.perMember.map((m) => [m.id, m.name]));
  const byWeight = (a: MemberTie, b: MemberTie) => b.edge.weight - a.edge.weight || a.name.localeCompare(b.name);
  const gives: MemberTie[] = [];
  const receives: MemberTie[] = [];
  for (const edge of metrics.edges) {
    if (edge.source === memberId) gives.push({ other: edge.target, name: name.get(edge.target) ?? edge.target, edge });
    else if (edge.target === memberId) receives.push({ other: edge.source, name: name.get(edge.source) ?? edge.source, edge });
  }
  return { gives: gives.sort(byWeight), receives: receives.sort(byWeight) };
}

export function MemberTies({ metrics, memberId, onSelect }: { metrics: NetworkMetrics; memberId: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const ties = useMemo(() => tiesOf(metrics, memberId), [metrics, memberId]);
  const member = metrics.perMember.find((m) => m.id === memberId);
  if (!member) return null;
  const list = (direction: 'gives' | 'receives', items: MemberTie[]) => (
    <div className="network-ties-group" data-direction={direction}>
      <h4>{t(`network.view.${direction}`, { count: items.length })}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('network.view.noTies')}</p>
      ) : (
        <ul>
          {items.map((tie) => (
            <li key={tie.other} data-testid="network-tie" data-member-id={tie.other} data-mutual={tie.edge.mutual}>
              <button type="button" className="link-button" onClick={() => onSelect(tie.other)}>
                {tie.name}
              </button>
              {tie.edge.mutual && (
                <span className="network-tie-mutual" title={t('network.view.mutualTie')}>
                  ⇄
                </span>
              )}
              <span className="muted network-tie-types">
                {tie.edge.types.map((type) => t(`network.tieType.${type}`)).join(', ')}
                {tie.edge.weight > 1 ? ` · ${t('network.view.tieCount', { count: tie.edge.weight })}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <section className="network-ties" data-testid="network-member-ties" data-member-id={memberId}>
      <h3>{t('network.view.tiesOf', { name: member.name })}</h3>
      {list('gives', ties.gives)}
      {list('receives', ties.receives)}
    </section>
  );
}
