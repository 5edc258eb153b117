// Keeps the browser's Back and Forward in step with the assistant's own Back: each step is a
// history entry carrying its position, and moving through history moves through the steps.
// Only on a page the assistant owns; an embedded assistant leaves the host's history alone.
import { useCallback, useEffect, useRef } from 'react';
import type { SessionCommand } from './useSession';

const KEY = 'signinAssistantStep';

/** Runs `run` once the next frame is painted; the returned function cancels it if still due. */
function afterPaint(run: () => void): () => void {
  let frame: number | undefined;
  let timer: number | undefined;
  if (typeof requestAnimationFrame === 'undefined') timer = window.setTimeout(run, 0);
  else frame = requestAnimationFrame(() => (timer = window.setTimeout(run, 0)));
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) window.clearTimeout(timer);
  };
}

export function useBrowserHistory(
  length: number,
  dispatch: (c: SessionCommand) => void,
  enabled: boolean,
) {
  const shown = useRef(length);
  // The history writes still waiting for a paint: a closed assistant (a page that unmounts it)
  // must not write an entry after it has gone.
  const pending = useRef(new Set<() => void>());
  useEffect(() => {
    const due = pending.current;
    return () => {
      for (const cancel of due) cancel();
      due.clear();
    };
  }, []);

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
    return () => window.removeEventListener('popstate', onPop);
  }, [enabled]);

  // After the new step has been painted: a history entry costs Chromium tens of milliseconds
  // of main thread on a slow phone, which the person would otherwise wait for on every answer.
  useEffect(() => {
    if (!enabled || length === shown.current) return;
    const forward = length > shown.current;
    shown.current = length;
    const cancel = afterPaint(() => {
      pending.current.delete(cancel);
      const state = { ...window.history.state, [KEY]: length };
      if (forward) window.history.pushState(state, '');
      else window.history.replaceState(state, '');
    });
    pending.current.add(cancel);
  }, [enabled, length]);

  /** The in-app Back: through the browser when the previous entry is ours, so both stay in step. */
  return useCallback(() => {
    const state = window.history.state as Record<string, unknown> | null;
    if (enabled && state?.[KEY] === length && length > 0 && window.history.length > 1)
      window.history.back();
    else dispatch({ type: 'back' });
  }, [enabled, length, dispatch]);
}
