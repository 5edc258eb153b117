// Plays every scenario fact sheet through the real UI in jsdom. The reporter prints one line per
// scenario and the final count (tests/run/countReporter.ts).
import { expect, it } from 'vitest';
import { renderAssistant } from '../support/render';
import { loadScenarios, PENDING } from './load';
import { play } from './runner';

const scenarios = loadScenarios();

it('finds scenarios to play', () => {
  expect(scenarios.length).toBeGreaterThan(0);
});

for (const { scenario } of scenarios) {
  const pendingOn = PENDING[scenario.id];
  it.skipIf(Boolean(pendingOn))(`scenario ${scenario.id}`, ({ task }) => {
    Object.assign(task.meta, { scenario: scenario.id });
    const { container } = renderAssistant({
      org: scenario.org,
      locale: scenario.lang ?? 'en',
      now: scenario.now,
    });
    const outcome = play(scenario, container);
    Object.assign(task.meta, {
      screens: outcome.screens,
      reason: outcome.passed ? undefined : outcome.reason,
    });
    if (!outcome.passed) expect.fail(`${scenario.id}: ${outcome.reason}`);
  });
  if (pendingOn) {
    it(`pending ${scenario.id}`, ({ task }) => {
      Object.assign(task.meta, { scenario: scenario.id, pending: true });
    });
  }
}
