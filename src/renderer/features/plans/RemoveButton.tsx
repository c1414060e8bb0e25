// The small "×" button that removes a row (task, meeting, table row), labelled for screen readers and tooltips.
import { Icon } from '../../icons/Icon';

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onClick}>
      <Icon name="close" />
    </button>
  );
}
