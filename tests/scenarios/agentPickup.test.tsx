// The whole call, as the "done when" puts it: the caller plays their scenario on their
// own screen, asks for a person and reads out the handoff code; the agent, keyboard only, opens
// it, finds the caller's step and history, and copies a ticket note that names the code.
import { cleanup, fireEvent, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { pathTitles } from '../support/agentDrive';
import { renderAssistant } from '../support/render';
import { loadScenarios, PENDING } from './load';
import { play } from './runner';

const scenarios = loadScenarios().filter(({ scenario }) => !PENDING[scenario.id]);

/** The caller plays their scenario and reads out the code: the code and their last heading. */
function callerCall(options: { org: string; locale: string; now?: string }, scenario: never) {
  const caller = renderAssistant(options).container;
  expect(play(scenario, caller).passed).toBe(true);
  const link = caller.querySelector<HTMLButtonElement>('button.sa-contact-link');
  if (link) fireEvent.click(link);
  const code = caller.querySelector('.sa-reference__code')?.textContent ?? '';
  const heading = caller.querySelector('main h1')?.textContent;
  cleanup();
  sessionStorage.clear();
  return { code, heading };
}

for (const { scenario } of scenarios) {
  const callerLanguage = scenario.lang ?? 'en';
  const agentLanguage = callerLanguage === 'en' ? 'es' : 'en';
  it(`scenario ${scenario.id}, picked up in ${agentLanguage} from a caller in ${callerLanguage}`, async () => {
    const options = { org: scenario.org, locale: callerLanguage, now: scenario.now };
    const { code, heading } = callerCall(options, scenario as never);
    const user = userEvent.setup();
    const agent = renderAssistant({ ...options, locale: agentLanguage, mode: 'agent' }).container;
    await user.keyboard('{Alt>}{Shift>}h{/Shift}{/Alt}');
    await user.keyboard(`${code}{Enter}`);
    // The agent's own heading in the agent's language; the caller's, word for word, beside it.
    await waitFor(
      () => expect(agent.querySelector('main [data-caller="title"]')?.textContent).toBe(heading),
      { timeout: 15_000 },
    );
    expect(agent.querySelector('main h1')?.textContent).not.toBe(heading);
    expect(agent.querySelector('main [data-caller="title"]')).toHaveAttribute(
      'lang',
      callerLanguage,
    );
    expect(pathTitles(agent).length).toBeGreaterThan(0);
  }, 30_000);

  it(`scenario ${scenario.id}, picked up by an agent from the caller's handoff code`, async () => {
    const options = { org: scenario.org, locale: scenario.lang ?? 'en', now: scenario.now };
    // The caller, on their own screen.
    const caller = renderAssistant(options).container;
    expect(play(scenario, caller).passed).toBe(true);
    const link = caller.querySelector<HTMLButtonElement>('button.sa-contact-link');
    if (link) fireEvent.click(link);
    const code = caller.querySelector('.sa-reference__code')?.textContent ?? '';
    expect(code).toMatch(/^[0-9A-Z]{1,4}(-[0-9A-Z]{1,4})*$/);
    const heading = caller.querySelector('main h1')?.textContent;
    cleanup();
    sessionStorage.clear();

    // The agent, keys only.
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const agent = renderAssistant({ ...options, mode: 'agent' }).container;
    await user.keyboard('{Alt>}{Shift>}h{/Shift}{/Alt}');
    await user.keyboard(`${code}{Enter}`);
    expect(agent.querySelector('main h1')?.textContent).toBe(heading);
    expect(pathTitles(agent).length).toBeGreaterThan(0);
    await user.keyboard('{Alt>}{Shift>}c{/Shift}{/Alt}');
    const note = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(note).toContain(code);
    expect(note.split('\n').filter((line) => /^\d+\. /.test(line))).toHaveLength(
      pathTitles(agent).length,
    );
  }, 30_000);
}
