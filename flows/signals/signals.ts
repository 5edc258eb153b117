// What a host page may learn about a session, for its own analytics: which step was shown, which
// flow it belongs to, and what kind of help the person was sent to. Never anything typed, never
// an answer's meaning beyond "this helped", never a handoff code. The assistant itself sends these
// nowhere; the embedding (src/embed/) hands them to the host as DOM events or parent messages,
// cut down by `atLevel` to the flow and the outcome unless step detail was asked for.
import type { OrgConfig } from '../config/schema';
import type { StepView } from '../machine/describe';
import type { AssistantEvent } from '../machine/types';
import { SIGNAL_LEVELS, type Signal, type SignalLevel } from './signalTypes';

const KINDS = ['phone', 'webForm', 'email', 'inPerson'] as const;

/**
 * The signals for arriving at `view`, given the screen left (`from`, null on the first screen) and
 * the event that moved the person. Going Back or restoring a session is not arriving anywhere new
 * and is reported as a plain `step`.
 */
export function signalsFor(
  config: OrgConfig,
  view: StepView,
  from: StepView | null,
  event: AssistantEvent | null,
  _now: Date,
): Signal[] {
  const here = { step: view.key, flow: view.flow };
  const signals: Signal[] = [{ type: 'step', ...here }];
  if (from && event?.type === 'pick.helped' && view.kind === 'done')
    signals.push({ type: 'helped', step: from.key, flow: from.flow });
  if (view.kind === 'advice') signals.push({ type: 'fix', ...here });
  if (view.kind === 'contact') {
    // The kinds offered, in the contact screen's order of kinds. Which are open now does not
    // change the set, so opening hours (flows/contact/) stay out of the first screen's code.
    const need = view.escalation?.need ?? 'portalSupport';
    const channels = KINDS.filter((kind) =>
      config.channels.some((c) => c.kind === kind && c.handles.includes(need)),
    );
    signals.push({ type: 'escalated', ...here, channels });
    signals.push({ type: 'handoff', ...here });
  }
  return signals;
}

export const DEFAULT_SIGNAL_LEVEL: SignalLevel = 'flow';

/** The level asked for by the embedding (an attribute or address), else the configuration's. */
export function signalLevel(asked: string | undefined | null, configured: SignalLevel | undefined) {
  const valid = (value: string | undefined | null): value is SignalLevel =>
    (SIGNAL_LEVELS as readonly (string | undefined | null)[]).includes(value);
  if (valid(asked)) return asked;
  return configured ?? DEFAULT_SIGNAL_LEVEL;
}

/** A signal with only what its level lets a host hear. */
export function atLevel(signal: Signal, level: SignalLevel): Signal {
  if (level === 'step') return signal;
  return { type: signal.type, flow: signal.flow } as Signal;
}
