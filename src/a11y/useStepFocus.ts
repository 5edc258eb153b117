import { useLayoutEffect, useRef } from 'react';

/**
 * Moves focus to the step's heading whenever the step changes (not on first load, where moving
 * focus would pull a screen-reader user away from the host page). The heading needs
 * tabIndex={-1}, which also makes it focusable inside a shadow root.
 */
export function useStepFocus<T extends HTMLElement>(stepId: string, errorFocus: boolean) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows the step id only
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!errorFocus) ref.current?.focus();
  }, [stepId]);
  return ref;
}
