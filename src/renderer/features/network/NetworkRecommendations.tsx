// What a coordinator can act on: one-way pairs to invite into a joint session, isolates to bring into the next meeting,
// brokers whose departure would split the network. Clicking one selects its first member in the drawing.
import { useTranslation } from 'react-i18next';
import type { NetworkRecommendation } from '../../../common/api/methods/network';

export function NetworkRecommendations({ items, onSelect }: { items: NetworkRecommendation[]; onSelect: (memberId: string) => void }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('network.view.noRecommendations')}</p>;
  return (
    <ul className="network-recommendations" data-testid="network-recommendations">
      {items.map((r) => (
        <li key={`${r.kind}:${r.memberIds.join('>')}`} data-kind={r.kind} data-members={r.memberIds.join(',')} data-testid="network-recommendation">
          <button type="button" className="link-button" onClick={() => onSelect(r.memberIds[0])}>
            <span className={`network-rec-kind network-rec-${r.kind}`}>{t(`network.view.recKind.${r.kind}`)}</span>
            <span>{t(r.key, r.params)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
