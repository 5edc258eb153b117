// Random event sequences, including unknown events, impossible answers and typed junk, against
// the machine through the session: no exception, never an error state, and a person reachable
// from every state reached. Fixed seed by default; FUZZ_SEED=<n> (or "random") tries another.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestDomain } from '../../flows/checks/fields/emailDomain';
import { checkedInput } from '../../flows/checks/index';
import { assistantMachine } from '../../flows/machine/assistantMachine';
import { describeStep } from '../../flows/machine/describe';
import type { AssistantEvent } from '../../flows/machine/types';
import { back, type Session, send, startSession } from '../../flows/session/session';
import { walkConfigs } from '../support/orgs';

const envSeed = process.env.FUZZ_SEED;
const seed = envSeed === 'random' ? Date.now() % 2 ** 31 : envSeed ? Number(envSeed) : 20261128;
const RUNS = 10_000;

const answerIds = [
  ...new Set(
    Object.values(assistantMachine.states).flatMap((node) =>
      Object.keys(node.on)
        .filter((e) => e.startsWith('pick.'))
        .map((e) => e.slice(5)),
    ),
  ),
];

type Action =
  | { kind: 'event'; event: unknown }
  | { kind: 'back' }
  | { kind: 'offered'; index: number }
  | { kind: 'typed'; value: string };

const anEvent: fc.Arbitrary<Action> = fc.oneof(
  // Mostly an answer the screen offers, so sequences go deep; the rest is noise.
  { weight: 10, arbitrary: fc.nat(20).map((index) => ({ kind: 'offered' as const, index })) },
  {
    weight: 8,
    arbitrary: fc
      .constantFrom(...answerIds)
      .map((a) => ({ kind: 'event' as const, event: { type: `pick.${a}` } })),
  },
  {
    weight: 1,
    arbitrary: fc.constant({ kind: 'event' as const, event: { type: 'help.requested' } }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'back' as const }) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom('maria@gmial.com', 'riverside-login.com', '02/30/1990', '555'),
      )
      .map((value) => ({ kind: 'typed' as const, value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.string().map((type) => ({ type })),
        fc.constant({ type: 'pick.__proto__' }),
        fc.constant({
          type: 'input.checked',
          result: { field: 'loginId', finding: { kind: 'nope' } },
        }),
        fc.constant({ type: 'input.submitted', value: 42 }),
        fc.constant(null),
        fc.constant('pick.locked'),
        fc.anything(),
      )
      .map((event) => ({ kind: 'event' as const, event })),
  },
);

describe('random event sequences', () => {
  it(`${RUNS.toLocaleString('en')} sequences never throw, never error, never strand a person (seed ${seed})`, () => {
    const configs = walkConfigs().map(([, c]) => c);
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom(...configs),
        fc.array(anEvent, { maxLength: 25 }),
        (config, actions) => {
          let session: Session = startSession(config, '2026-12-02');
          for (const action of actions) {
            if (action.kind === 'back') session = back(session);
            else if (action.kind === 'offered') {
              const { answers } = describeStep(session.snapshot);
              if (answers.length)
                session = send(session, { type: `pick.${answers[action.index % answers.length]}` });
            } else if (action.kind === 'typed') {
              const event = checkedInput(session, action.value, suggestDomain);
              if (event) session = send(session, event);
            } else session = send(session, action.event as AssistantEvent);
            expect(session.snapshot.status).not.toBe('error');
            const here = String(session.snapshot.value);
            reached.add(here);
            if (here !== 'contact')
              expect(send(session, { type: 'help.requested' }).snapshot.value).toBe('contact');
          }
        },
      ),
      { numRuns: RUNS, seed },
    );
    console.log(`fuzz: ${RUNS} sequences, seed ${seed}, ${reached.size} states reached`);
    expect(reached.size).toBeGreaterThan(70);
  }, 60_000);
});
