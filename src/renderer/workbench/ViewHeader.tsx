// Header of a side bar view: its title and a row of icon actions.
import type { ReactNode } from 'react';
import { Icon } from '../icons/Icon';
import type { IconName } from '../icons/icon-paths';

export interface ViewAction {
  id: string;
  icon: IconName;
  label: string;
  run(): void;
  pressed?: boolean;
}

export function ViewHeader({ title, actions = [] }: { title: string; actions?: ViewAction[] }) {
  return (
    <div className="view-header">
      <h2 className="view-title">{title}</h2>
      <div className="view-actions" role="toolbar" aria-label={title}>
        {actions.map((a) => (
          <IconButton key={a.id} icon={a.icon} label={a.label} onClick={a.run} data-action={a.id} />
        ))}
      </div>
    </div>
  );
}

export function IconButton({
  icon,
  label,
  onClick,
  ...rest
}: { icon: IconName; label: string; onClick(): void; children?: ReactNode } & Record<`data-${string}`, string>) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onClick} {...rest}>
      <Icon name={icon} />
    </button>
  );
}
