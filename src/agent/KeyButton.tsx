// A button with its key shown beside its label and given to assistive technology.
import type { ReactNode } from 'react';
import { type COMMAND_KEYS, shortcut } from './keys';

interface Props {
  command: keyof typeof COMMAND_KEYS;
  onClick: () => void;
  children: ReactNode;
}

export function KeyButton({ command, onClick, children }: Props) {
  return (
    <button
      className="sa-button sa-button--secondary"
      type="button"
      aria-keyshortcuts={shortcut(command)}
      onClick={onClick}
    >
      {children} <kbd className="sa-agent__key">{shortcut(command)}</kbd>
    </button>
  );
}
