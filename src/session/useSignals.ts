// Reports each new screen to the embedding page (src/embed/), as flows/signals.ts defines them.
// Runs after the screen has rendered, so a host's analytics never delay a step.
import { useEffect, useRef } from 'react';
import type { OrgConfig } from '../../flows/config/schema';
import type { StepView } from '../../flows/machine/describe';
import type { Session } from '../../flows/session/session';
import { signalsFor } from '../../flows/signals/signals';
import type { Signal } from '../../flows/signals/signalTypes';

export function useSignals(
  config: OrgConfig,
  session: Session,
  view: StepView,
  stepId: string,
  now: () => Date,
  onSignal: ((signal: Signal) => void) | undefined,
) {
  const previous = useRef<{ view: StepView; length: number } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per screen shown
  useEffect(() => {
    const from = previous.current;
    previous.current = { view, length: session.trail.length };
    if (!onSignal) return;
    // Only a step forward has an event that moved the person; Back and Start over do not.
    const forward = from !== null && session.trail.length === from.length + 1;
    const event = forward ? (session.trail.at(-1) ?? null) : null;
    for (const signal of signalsFor(config, view, forward ? from.view : null, event, now()))
      onSignal(signal);
  }, [stepId]);
}
