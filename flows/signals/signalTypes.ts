// The shape of what a host page may learn (flows/signals.ts decides when). Kept apart, with no
// imports beyond types, so the embed loader can check messages without loading the machine.
import type { OrgConfig } from '../config/schema';
import type { Flow } from '../machine/types';

export type ChannelKind = OrgConfig['channels'][number]['kind'];

/**
 * `step` (and an escalation's `channels`) only at the `step` level; at the default `flow` level a
 * signal says which flow and what happened, nothing more (flows/signals/signals.ts).
 */
export type Signal =
  /** Every screen, including the first. */
  | { type: 'step'; step?: string; flow: Flow }
  /** A screen with a fix for the person to try. */
  | { type: 'fix'; step?: string; flow: Flow }
  /** The person said the fix worked; `step` is the fix they tried. */
  | { type: 'helped'; step?: string; flow: Flow }
  /** The person was sent to a person; the kinds of channel offered, best first. */
  | { type: 'escalated'; step?: string; flow: Flow; channels?: ChannelKind[] }
  /** A handoff code was shown for the person to read out (the code itself is not included). */
  | { type: 'handoff'; step?: string; flow: Flow };

/**
 * How much a host page hears: `flow` (the default) gives the flow and the outcome (a fix shown, it
 * helped, sent to a person, a handoff code shown); `step` adds the step id and the channel kinds,
 * which can say what a typed birth date showed or which sensitive situation a person is in.
 */
export const SIGNAL_LEVELS = ['flow', 'step'] as const;
export type SignalLevel = (typeof SIGNAL_LEVELS)[number];

export type SignalType = Signal['type'];

/** The only fields any signal carries; tests hold every signal to this list. */
export const SIGNAL_FIELDS = ['type', 'step', 'flow', 'channels'] as const;
