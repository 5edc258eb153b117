// What a host page's analytics may learn: step ids, flow names and channel kinds, nothing else.
// A property over random sessions, including typed text, holds every signal to that, and to the
// check the host side applies to messages from a frame.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedInput } from '../../flows/checks/index';
import { assistantMachine } from '../../flows/machine/assistantMachine';
import { describeStep } from '../../flows/machine/describe';
import { FLOWS } from '../../flows/machine/types';
import { type Session, send, startSession } from '../../flows/session/session';
import {
  atLevel,
  DEFAULT_SIGNAL_LEVEL,
  signalLevel,
  signalsFor,
} from '../../flows/signals/signals';
import { SIGNAL_FIELDS } from '../../flows/signals/signalTypes';
import { isSignal } from '../../src/embed/messages';
import { org, walkConfigs } from '../support/orgs';

const NOW = new Date('2026-12-02T16:15:00Z');
// Everything the simulated person types carries this mark, which no step, flow or channel id has:
// if it ever shows up in a signal, something typed leaked.
const TYPED = '§';
const STATES = Object.keys(assistantMachine.states);

function move(session: Session, choice: number | string): Session {
  const view = describeStep(session.snapshot);
  if (typeof choice === 'string' && view.field) {
    const event = checkedInput(session, choice);
    return event ? send(session, event) : session;
  }
  if (!view.answers.length) return send(session, { type: 'help.requested' });
  return send(session, { type: `pick.${view.answers[Number(choice) % view.answers.length]}` });
}

describe('signals for the host page', () => {
  it('on random sessions: only allowed fields and values, never anything typed', () => {
    const configs = walkConfigs();
    fc.assert(
      fc.property(
        fc.nat(configs.length - 1),
        fc.array(
          fc.oneof(
            fc.nat(20),
            fc.string({ maxLength: 30 }).map((s) => `${TYPED}${s}`),
          ),
          {
            maxLength: 25,
          },
        ),
        (which, choices) => {
          const [, config] = configs[which]!;
          let session = startSession(config, '2026-12-02');
          let from = describeStep(session.snapshot);
          for (const choice of choices) {
            const next = move(session, choice);
            if (next.trail.length === session.trail.length) {
              session = next;
              continue;
            }
            const view = describeStep(next.snapshot);
            const signals = signalsFor(config, view, from, next.trail.at(-1) ?? null, NOW);
            for (const signal of signals) {
              expect(
                Object.keys(signal).every((k) => (SIGNAL_FIELDS as readonly string[]).includes(k)),
              ).toBe(true);
              expect(STATES).toContain(signal.step);
              expect(FLOWS).toContain(signal.flow);
              expect(isSignal(signal)).toBe(true);
              expect(JSON.stringify(signal)).not.toContain(TYPED);
            }
            session = next;
            from = view;
          }
        },
      ),
      { numRuns: 500 },
    );
    // About 3 s alone; more when the other test worker is busy.
  }, 30_000);

  it('a fix that worked, and an escalation with its channel kinds and a handoff code', () => {
    const config = org('riverside');
    let session = startSession(config, '2026-12-02');
    session = send(session, { type: 'pick.cantSignIn' });
    session = send(session, { type: 'pick.locked' });
    const fix = describeStep(session.snapshot);
    expect(signalsFor(config, fix, null, null, NOW).map((s) => s.type)).toEqual(['step', 'fix']);
    const done = send(session, { type: 'pick.helped' });
    expect(
      signalsFor(config, describeStep(done.snapshot), fix, { type: 'pick.helped' }, NOW),
    ).toContainEqual({ type: 'helped', step: fix.key, flow: 'lockout' });
    const contact = send(session, { type: 'help.requested' });
    const signals = signalsFor(config, describeStep(contact.snapshot), fix, null, NOW);
    const escalated = signals.find((s) => s.type === 'escalated');
    expect(escalated && 'channels' in escalated && escalated.channels?.[0]).toBe('phone');
    expect(signals.map((s) => s.type)).toContain('handoff');
  });
});

describe('signal levels', () => {
  const config = org('riverside');
  const locked = send(send(startSession(config, '2026-12-02'), { type: 'pick.cantSignIn' }), {
    type: 'pick.locked',
  });
  const contact = send(locked, { type: 'help.requested' });
  const raw = [
    ...signalsFor(config, describeStep(locked.snapshot), null, null, NOW),
    ...signalsFor(config, describeStep(contact.snapshot), describeStep(locked.snapshot), null, NOW),
  ];

  it('by default a host hears the flow and the outcome only: no step, no channels', () => {
    expect(DEFAULT_SIGNAL_LEVEL).toBe('flow');
    const coarse = raw.map((s) => atLevel(s, 'flow'));
    expect(coarse).toEqual([
      { type: 'step', flow: 'lockout' },
      { type: 'fix', flow: 'lockout' },
      // The contact screen belongs to the closing flow.
      { type: 'step', flow: 'end' },
      { type: 'escalated', flow: 'end' },
      { type: 'handoff', flow: 'end' },
    ]);
    for (const signal of coarse) expect(isSignal(signal), JSON.stringify(signal)).toBe(true);
  });

  it('step detail is there only when asked for', () => {
    expect(raw.map((s) => atLevel(s, 'step'))).toEqual(raw);
    expect(raw.some((s) => 'step' in s)).toBe(true);
  });

  it('reads a level from an attribute or the configuration, the attribute first', () => {
    expect(signalLevel(undefined, undefined)).toBe('flow');
    expect(signalLevel(undefined, 'step')).toBe('step');
    expect(signalLevel('flow', 'step')).toBe('flow');
    expect(signalLevel('step', undefined)).toBe('step');
    // Anything else is the default.
    expect(signalLevel('everything', undefined)).toBe('flow');
    expect(signalLevel('', 'step')).toBe('step');
  });

  it('the host side still refuses a step id that is not one', () => {
    expect(isSignal({ type: 'step', flow: 'lockout', step: 'no such step!' })).toBe(false);
    expect(isSignal({ type: 'escalated', flow: 'lockout', channels: ['phone'] })).toBe(true);
    expect(isSignal({ type: 'step', flow: 'lockout', channels: ['phone'] })).toBe(false);
  });
});
