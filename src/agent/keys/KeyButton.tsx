// A button with its key shown beside its label and given to assistive technology.
import type { ReactNode } from 'react';
import { Key } from './Key';
import { type Command, shortcut } from './keys';

interface Props {
  command: Command;
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
      {children} <Key command={command} />
    </button>
  );
}
