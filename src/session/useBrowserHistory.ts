// Keeps the browser's Back and Forward in step with the assistant's own Back: each step is a
// history entry carrying its position, and moving through history moves through the steps.
// Only on a page the assistant owns; an embedded assistant leaves the host's history alone.
import { useCallback, useEffect, useRef } from 'react';
import type { SessionCommand } from './useSession';

const KEY = 'signinAssistantStep';

function afterPaint(run: () => void) {
  if (typeof requestAnimationFrame === 'undefined') setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}

export function useBrowserHistory(
  length: number,
  dispatch: (c: SessionCommand) => void,
  enabled: boolean,
) {
  const shown = useRef(length);
  // A closed assistant (a page that unmounts it) writes no entry still waiting for the paint.
  const closed = useRef(false);

  // Listens once per mount; `length` is read through the popstate event, not the closure.
  // biome-ignore lint/correctness/useExhaustiveDependencies: set up once per mount
  useEffect(() => {
    if (!enabled) return;
    window.history.replaceState({ ...window.history.state, [KEY]: length }, '');
    const onPop = (event: PopStateEvent) => {
      const target = (event.state as Record<string, unknown> | null)?.[KEY];
      if (typeof target === 'number' && Number.isInteger(target) && target >= 0) {
        shown.current = target;
        dispatch({ type: 'goTo', length: target });
      }
    };
    window.addEventListener('popstate', onPop);
    // Open again on each mount: React's strict mode mounts each component twice in development.
    closed.current = false;
    return () => {
      window.removeEventListener('popstate', onPop);
      closed.current = true;
    };
  }, [enabled]);

  // After the new step has been painted: a history entry costs Chromium tens of milliseconds
  // of main thread on a slow phone, which the person would otherwise wait for on every answer.
  useEffect(() => {
    if (!enabled || length === shown.current) return;
    const forward = length > shown.current;
    shown.current = length;
    afterPaint(() => {
      if (closed.current) return;
      const state = { ...window.history.state, [KEY]: length };
      if (forward) window.history.pushState(state, '');
      else window.history.replaceState(state, '');
    });
  }, [enabled, length]);

  /** The in-app Back: through the browser when the previous entry is ours, so both stay in step. */
  return useCallback(() => {
    const state = window.history.state as Record<string, unknown> | null;
    if (enabled && state?.[KEY] === length && length > 0 && window.history.length > 1)
      window.history.back();
    else dispatch({ type: 'back' });
  }, [enabled, length, dispatch]);
}
