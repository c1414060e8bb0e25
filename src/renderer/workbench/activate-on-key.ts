// Keyboard activation for list rows: Enter or Space runs the same action as a click.
import type { KeyboardEvent } from 'react';

export function activateOnKey(action: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      action();
    }
  };
}
