// Every scenario fact sheet played with the virtual screen reader alone (ear.ts), and what must
// hold on every screen it heard (hear.ts). Split over two files (scenarios-1, scenarios-2) so the
// two test workers share them.
import { describe, expect, it } from 'vitest';
import { loadScenarios, PENDING } from '../scenarios/load';
import { play } from '../scenarios/runner';
import { renderAssistant } from '../support/render';
import { playByEar } from './ear';
import { everyProblem } from './hear';

export function everyScenarioByEar(part: number, parts: number) {
  const scenarios = loadScenarios();
  describe(`every scenario, by ear (part ${part} of ${parts})`, () => {
    it('finds scenarios to play', () => {
      expect(scenarios.length).toBeGreaterThan(0);
    });

    for (const { scenario } of scenarios.filter((_, i) => i % parts === part - 1)) {
      it.skipIf(Boolean(PENDING[scenario.id]))(scenario.id, async () => {
        const options = { org: scenario.org, locale: scenario.lang ?? 'en', now: scenario.now };
        const heard = renderAssistant(options);
        const outcome = await playByEar(scenario, heard.container);
        heard.unmount();
        expect(outcome.reason).toBeUndefined();
        expect(outcome.passed).toBe(true);
        expect(everyProblem(outcome.screens, options.locale)).toEqual([]);
        // The same person, seen rather than heard, takes the same number of screens.
        sessionStorage.clear(); // saved progress would resume where the listener ended
        const seen = play(scenario, renderAssistant(options).container);
        expect(outcome.screens.length).toBe(seen.screens);
      });
    }
  });
}
