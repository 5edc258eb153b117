// Listens for the agent view's keys (keys.ts) on the window, so they work with nothing focused,
// but only for key presses in the view or on the page body: never those meant for the host page.
import { type RefObject, useEffect, useRef } from 'react';
import { type AgentCommand, commandFor } from './keys';

const isTyping = (target: EventTarget | undefined) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) &&
  !(target instanceof HTMLInputElement && /^(checkbox|radio|button|submit)$/.test(target.type));

export function useAgentKeys(
  root: RefObject<HTMLElement | null>,
  singleKeys: boolean,
  onCommand: (command: AgentCommand) => void,
) {
  // The latest handler, without re-adding the listener on every render.
  const handle = useRef(onCommand);
  handle.current = onCommand;
  const single = useRef(singleKeys);
  single.current = singleKeys;

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const path = event.composedPath();
      const target = path[0];
      const here =
        (root.current && path.includes(root.current)) ||
        target === document.body ||
        target === document.documentElement;
      if (!here) return;
      const command = commandFor(event, { singleKeys: single.current, typing: isTyping(target) });
      if (!command) return;
      event.preventDefault();
      handle.current(command);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [root]);
}
