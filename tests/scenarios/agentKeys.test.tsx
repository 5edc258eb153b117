// Every scenario again, played by a help-desk agent in the agent view with the keyboard alone:
// answer keys (1 to 9, 0, letters) answer, Tab reaches a text field, Enter submits it. The decisions are the same
// rules (decide.ts) reading the same screen facts, so agent and patient views cannot drift apart.
//
// And again with the caller in another language than the agent: the caller reads out their
// handoff code from the first screen, the agent (in English, or in Spanish for an English caller)
// opens it by keys, and plays the scenario by the caller's own words shown beside each answer.
import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { encodeHandoff } from '../../flows/session/handoff';
import { startSession } from '../../flows/session/session';
import { answerKey } from '../../src/agent/keys/keys';
import { org } from '../support/orgs';
import { renderAssistant } from '../support/render';
import { type Action, playWith, readScreenFacts, type ScreenFacts } from './decide';
import { loadScenarios, PENDING } from './load';

const scenarios = loadScenarios().filter(({ scenario }) => !PENDING[scenario.id]);

const isField = (element: Element | null) =>
  element instanceof HTMLInputElement &&
  element.type === 'text' &&
  Boolean(element.closest('main'));

async function act(user: ReturnType<typeof userEvent.setup>, root: HTMLElement, action: Action) {
  const form = root.querySelector('main form')!;
  const field = form.querySelector('input[type="text"]');
  if (action.kind === 'fill' || (field && action.index === 0)) {
    // Tab from wherever focus is (the new step's heading) to the step's field.
    for (let presses = 0; !isField(root.ownerDocument.activeElement) && presses < 60; presses++)
      await user.tab();
    if (!isField(root.ownerDocument.activeElement)) throw new Error('Tab never reached the field');
    if (action.kind === 'fill') await user.keyboard(action.value.replace(/[{[]/g, '$&$&'));
    await user.keyboard('{Enter}');
    return;
  }
  // On an input step the first button is the field's submit, so alternatives start at key 1.
  const key = answerKey(field ? action.index - 1 : action.index);
  if (!key) throw new Error(`answer ${action.index + 1} has no key`);
  // Answer keys act outside text fields: leave the field first, as an agent would with Tab.
  if (isField(root.ownerDocument.activeElement)) await user.tab();
  await user.keyboard(key);
}

for (const { scenario } of scenarios) {
  it(`scenario ${scenario.id}, agent view by keyboard`, async () => {
    const user = userEvent.setup();
    const { container } = renderAssistant({
      org: scenario.org,
      locale: scenario.lang ?? 'en',
      now: scenario.now,
      mode: 'agent',
    });
    const outcome = await playWith(scenario, {
      read: () => readScreenFacts(container),
      act: (action) => act(user, container, action),
    });
    if (!outcome.passed) expect.fail(`${scenario.id}: ${outcome.reason}`);
    // A busy machine: a timed-out run would keep pressing keys into the next scenario's screen.
  }, 30_000);
}

/** The caller's screen as the agent sees it beside their own: the caller's question and answers. */
function readCallerFacts(root: HTMLElement): ScreenFacts {
  const facts = readScreenFacts(root);
  const words = (part: string) =>
    [...root.querySelectorAll(`main [data-caller="${part}"]`)].map((e) =>
      (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
  const answers = words('answer');
  return {
    ...facts,
    question: words('title'),
    answers,
  };
}

for (const { scenario } of scenarios) {
  const callerLanguage = scenario.lang ?? 'en';
  const agentLanguage = callerLanguage === 'en' ? 'es' : 'en';
  it(`scenario ${scenario.id}, agent in ${agentLanguage} by keyboard, caller in ${callerLanguage}`, async () => {
    const user = userEvent.setup();
    const { container } = renderAssistant({
      org: scenario.org,
      locale: agentLanguage,
      now: scenario.now,
      mode: 'agent',
    });
    // The caller's code from their first screen carries their language.
    const code = encodeHandoff(startSession(org(scenario.org)), callerLanguage);
    await user.keyboard('{Alt>}{Shift>}h{/Shift}{/Alt}');
    await user.keyboard(`${code}{Enter}`);
    await waitFor(
      () => expect(container.querySelector('main [data-caller="title"]')).not.toBeNull(),
      {
        timeout: 15_000,
      },
    );
    const outcome = await playWith(scenario, {
      read: () => readCallerFacts(container),
      act: (action) => act(user, container, action),
    });
    if (!outcome.passed) expect.fail(`${scenario.id}: ${outcome.reason}`);
  }, 30_000);
}
