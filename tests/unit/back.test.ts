// Back takes the screen as it was entered instead of replaying the trail (fast at long paths);
// it must land exactly where replaying the shorter trail would, including after answers the
// checks turned down and after going back and on again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedInput } from '../../flows/checks/index';
import { describeStep } from '../../flows/machine/describe';
import { back, replay, type Session, send, startSession } from '../../flows/session/session';
import { walkConfigs } from '../support/orgs';

const TODAY = '2026-12-02';
const typed = ['', 'maria.lopez@gmial.com', 'mychart.example.org', '02/30/1990', '5550100', 'x'];

const sameScreen = (a: Session, b: Session) => {
  expect(a.snapshot.value).toEqual(b.snapshot.value);
  expect(a.snapshot.context).toEqual(b.snapshot.context);
  expect(a.trail).toEqual(b.trail);
  expect(a.visited).toEqual(b.visited);
};

describe('given a person goes back', () => {
  it('lands where replaying the shorter trail lands, on any path', () => {
    const configs = walkConfigs().map(([, c]) => c);
    fc.assert(
      fc.property(
        fc.constantFrom(...configs),
        fc.array(fc.oneof(fc.nat(20), fc.constant(-1), fc.constantFrom(...typed)), {
          maxLength: 40,
        }),
        (config, moves) => {
          let session = startSession(config, TODAY);
          for (const move of moves) {
            if (move === -1) {
              const went = back(session);
              sameScreen(went, replay(config, session.trail.slice(0, -1), TODAY));
              session = went;
            } else if (typeof move === 'string') {
              const event = checkedInput(session, move);
              if (event) session = send(session, event);
            } else {
              const { answers } = describeStep(session.snapshot);
              if (answers.length)
                session = send(session, { type: `pick.${answers[move % answers.length]}` });
            }
          }
        },
      ),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it('from the first question stays there', () => {
    const session = startSession(walkConfigs()[0]![1], TODAY);
    expect(back(session)).toBe(session);
  });
});
