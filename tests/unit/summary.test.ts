// The case summary never carries anything the person typed, except masked identifiers.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestDomain } from '../../flows/checks/fields/emailDomain';
import { checkedInput } from '../../flows/checks/index';
import { summarize } from '../../flows/contact/summary';
import { describeStep } from '../../flows/machine/describe';
import type { AssistantEvent } from '../../flows/machine/types';
import { maskIdentifier } from '../../flows/session/mask';
import { replay, send } from '../../flows/session/session';
import { summaryText } from '../../src/contact/summaryText';
import { maskTypedFacts, stepFacts } from '../../src/i18n/facts';
import { testI18n } from '../support/i18n';
import { org } from '../support/orgs';

const pick = (...answers: string[]) =>
  answers.map((a) => ({ type: `pick.${a}` }) as AssistantEvent);

/** Paths that end on a text field, for each kind of field. */
const FIELD_PATHS = [
  pick('cantSignIn', 'usernameNotRecognized'),
  pick('cantSignIn', 'passwordRejected'),
  pick('newAccount', 'codeFails', 'notValid', 'recently'),
  pick('newAccount', 'codeFails', 'detailsDontMatch'),
  pick('code', 'text', 'neverArrives', 'notSure'),
];

const i18n = testI18n('en');
const riverside = org('riverside');

describe('the case summary', () => {
  it('masks identifiers', () => {
    expect(maskIdentifier('maria.lopez@gmail.com')).toBe('m•••@gmail.com');
    expect(maskIdentifier('JSmith42')).toBe('J•••2');
    expect(maskIdentifier('ab')).toBe('•••');
  });

  it('never contains what was typed, for any text typed into any field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELD_PATHS),
        fc.oneof(
          fc.stringMatching(/^[A-Za-z0-9._%+-]{5,20}@[a-z]{3,8}\.(com|net|cmo|con)$/),
          fc.stringMatching(/^ ?[A-Za-z0-9]{5,20} ?$/),
          fc.stringMatching(/^[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}$/),
          fc.stringMatching(/^(0[1-9]|1[0-2])\/(0[1-9]|1[0-9])\/(19[5-9][0-9]|20[01][0-9])$/),
          fc.stringMatching(/^\([2-9][0-9]{2}\) [2-9][0-9]{2}-[0-9]{4}$/),
        ),
        (path, typed) => {
          let session = replay(riverside, path, '2026-12-02');
          session = send(session, checkedInput(session, typed, suggestDomain)!);
          session = send(session, { type: 'help.requested' });
          const summary = summarize(session);
          const text = summaryText(
            summary,
            {
              orgName: 'Riverside Health',
              now: new Date('2026-12-02T16:00:00Z'),
              locale: 'en',
              timeZone: 'America/Chicago',
              code: 'TEST',
              device: '',
              // As the contact screen builds them: typed-derived facts masked.
              facts: maskTypedFacts(
                stepFacts(riverside, describeStep(session.snapshot), i18n.t, 'en'),
              ),
            },
            i18n.t,
          );
          const secret = typed.trim();
          // (The in-memory trail keeps a check's suggestion for the next screen and for Back; it
          // is never saved or shared: summaries and handoff codes carry the finding's kind only.)
          for (const out of [JSON.stringify(summary), text]) {
            expect(out).not.toContain(secret);
            // Nor the part before an @, nor a run of the digits typed.
            const local = secret.split('@')[0]!;
            if (local.length >= 4) expect(out).not.toContain(local);
          }
        },
      ),
      { numRuns: 500, seed: 3 },
    );
  });

  it('lists the fixes that did not help and the screen help was asked from', () => {
    const session = replay(riverside, [
      ...pick('cantSignIn', 'locked', 'stillStuck'),
      { type: 'help.requested' },
    ]);
    const summary = summarize(session);
    expect(summary.tried).toEqual(['lockedWait']);
    expect(summary.endedOn).toBe('recoveryAccess');
    expect(summary.lines.map((l) => l.step)).toEqual([
      'problem',
      'signInProblem',
      'lockedWait',
      'recoveryAccess',
    ]);
  });
});
