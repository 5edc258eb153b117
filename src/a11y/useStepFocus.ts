import { useLayoutEffect, useRef } from 'react';

/**
 * Moves focus to the step's heading whenever the step changes (not on first load, where moving
 * focus would pull a screen-reader user away from the host page). The heading needs
 * tabIndex={-1}, which also makes it focusable inside a shadow root. Compares with the previous
 * step id rather than counting runs, so React's StrictMode double effects don't steal focus.
 */
export function useStepFocus<T extends HTMLElement>(stepId: string, errorShowing: boolean) {
  const ref = useRef<T>(null);
  const previous = useRef(stepId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows the step id only
  useLayoutEffect(() => {
    if (previous.current === stepId) return;
    previous.current = stepId;
    if (!errorShowing) ref.current?.focus();
  }, [stepId]);
  return ref;
}
