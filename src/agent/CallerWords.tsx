// Words from the caller's screen in the caller's language, inside the agent's view: marked with
// their own language and direction (an Arabic caller's words read right to left in an English
// agent view, and screen readers switch voice), so the agent reads them out as shown.
import type { ReactNode } from 'react';
import type { CallerScreen } from './useCallerScreen';

interface Props {
  caller: CallerScreen;
  /** Which part of the caller's screen: tests and the scenario runner find them by it. */
  part: 'title' | 'answer' | 'body';
  id?: string;
  /** A block (the step's body) rather than a phrase. */
  block?: boolean;
  children: ReactNode;
}

export function CallerWords({ caller, part, id, block = false, children }: Props) {
  const Element = block ? 'div' : 'span';
  return (
    <Element
      className={`sa-agent__caller-words${block ? ' sa-agent__caller-words--block' : ''}`}
      lang={caller.language}
      dir={caller.dir}
      data-caller={part}
      id={id}
    >
      {children}
    </Element>
  );
}
