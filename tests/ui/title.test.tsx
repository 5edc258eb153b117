// The page title never carries what a person typed: titles go into the browser's history, which
// the next person at a shared or kiosk computer can read. For every step where something is typed,
// in the patient view (the standalone page and the frame page render it the same way, with
// `manageTitle`) and in the agent view, whatever is typed there leaves the title free of it.
import { cleanup, fireEvent } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { agentMayTake } from '../../flows/agent/fields';
import { describeStep } from '../../flows/machine/describe';
import { shortestPaths } from '../../flows/machine/explore';
import type { FieldKind } from '../../flows/machine/types';
import { performEvent } from '../support/drive';
import { org } from '../support/orgs';
import { renderAssistant } from '../support/render';

afterEach(cleanup);

const local = fc.stringMatching(/^[a-z][a-z0-9._]{4,14}[a-z0-9]$/);
const provider = fc.constantFrom(
  'gmial.com',
  'gmail.con',
  'gmail.cmo',
  'yaho.com',
  'hotmial.com',
  'outlok.com',
  'gmail.com',
);

/** Text of each field's kind, shaped so the checks find typos, spaces and look-alikes in it. */
const TYPED: Record<FieldKind, fc.Arbitrary<string>> = {
  loginId: fc.oneof(
    fc.tuple(local, provider).map(([name, host]) => `${name}@${host}`),
    fc.stringMatching(/^ ?[A-Za-z][A-Za-z0-9]{5,14} ?$/),
    fc.stringMatching(/^[A-Za-z]{3,8} [A-Za-z0-9]{3,8}$/),
  ),
  portalAddress: fc.oneof(
    fc.stringMatching(/^[a-z]{5,12}-login\.com$/),
    fc.stringMatching(/^https?:\/\/[a-z]{5,12}\.example$/),
  ),
  activationCode: fc.stringMatching(/^[A-Z0-9]{5}-[A-Z0-9O]{5}-[A-Z0-9]{5}$/),
  birthDate: fc.stringMatching(/^(0[1-9]|1[0-2])\/(0[1-9]|1[0-9])\/(19[5-9][0-9]|20[01][0-9])$/),
  phoneNumber: fc.stringMatching(/^\([2-9][0-9]{2}\) [2-9][0-9]{2}-[0-9]{4}$/),
};

/** Pieces of the typed text that must not appear: all of it, its user part, its corrections. */
function secretsOf(typed: string): string[] {
  const trimmed = typed.trim();
  const secrets = [trimmed, trimmed.replace(/\s+/g, '')];
  const user = trimmed.split('@')[0]!;
  if (trimmed.includes('@') && user.length >= 4) secrets.push(user);
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length >= 7) secrets.push(digits.slice(-4));
  return secrets.filter((s) => s.length >= 4);
}

const stepHeading = (container: HTMLElement) =>
  container.querySelector('main h1')?.textContent ?? '';

const config = org('riverside');
/** One path to each step where something is typed, with the field it asks for. */
const INPUT_STEPS = shortestPaths(config)
  .map((path) => ({ path, view: describeStep(path.state) }))
  .filter(({ view }) => view.field)
  .map(({ path, view }) => [view.key, path.events, view.field as FieldKind] as const);

describe.each(['patient', 'agent'] as const)('the page title in the %s view', (mode) => {
  it('has input steps to test', () => expect(INPUT_STEPS.length).toBeGreaterThanOrEqual(5));

  // An agent never takes an activation code (the caller checks it on their own screen).
  const steps = INPUT_STEPS.filter(([, , field]) => mode === 'patient' || agentMayTake(field));
  it.each(steps)(
    'never contains what was typed at %s',
    async (_key, events, field) => {
      const { container } = renderAssistant({ config, manageTitle: true, mode, persist: false });
      for (const event of events) performEvent(container, event);
      const askedAt = stepHeading(container);
      await fc.assert(
        fc.asyncProperty(TYPED[field], async (typed) => {
          performEvent(container, { type: 'input.checked', typed } as never);
          const title = document.title;
          const moved = stepHeading(container) !== askedAt;
          // Back to the question for the next run.
          if (moved) {
            const back = [...container.querySelectorAll('button')].find((b) =>
              /^Back\b/.test(b.textContent?.trim() ?? ''),
            );
            if (!back) throw new Error(`no Back button after ${typed}`);
            fireEvent.click(back);
          }
          for (const secret of secretsOf(typed))
            expect(title, `typed ${typed}`).not.toContain(secret);
          // The screen itself still shows the correction, where there is one.
          expect(title).not.toBe('');
        }),
        { numRuns: 25, seed: 20 },
      );
    },
    60_000,
  );

  it('keeps the step title when nothing typed is in it', () => {
    const { container } = renderAssistant({ config, manageTitle: true, mode, persist: false });
    performEvent(container, { type: 'pick.cantSignIn' });
    performEvent(container, { type: 'pick.usernameNotRecognized' });
    expect(document.title).toContain(stepHeading(container));
  });
});
