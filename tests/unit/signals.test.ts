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
import { signalsFor } from '../../flows/signals/signals';
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
    expect(escalated && 'channels' in escalated && escalated.channels[0]).toBe('phone');
    expect(signals.map((s) => s.type)).toContain('handoff');
  });
});
