// The scenario fact sheets played in Chromium against the built app, with the same decisions as
// the jsdom runner (tests/scenarios/decide.ts). Runs when SCENARIOS_BROWSER=1
// (`npm run scenarios:browser`); `npm test` plays the scenarios in jsdom only, to stay fast.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Action, playWith, readScreenFacts, type ScreenFacts } from '../scenarios/decide';
import { loadScenarios } from '../scenarios/load';
import { baseURL, FORM, HEADING, launch, nextStep, settled, watchedPage } from './browser';

const enabled = Boolean(process.env.SCENARIOS_BROWSER) && inject('chromium');

async function act(page: Page, action: Action) {
  const before = await page.locator(HEADING).textContent();
  const form = page.locator(FORM);
  if (action.kind === 'fill') {
    await form.locator('input[type="text"]').fill(action.value);
    await form.locator('button[type="submit"]').click();
  } else {
    const radios = form.locator('input[type="radio"]');
    if (await radios.count()) {
      await radios.nth(action.index).check();
      await form.locator('button[type="submit"]').click();
    } else await form.locator('button').nth(action.index).click();
  }
  // An action that leaves the screen as it was (an input error) is not a failure here.
  await nextStep(page, before, 5000).catch(() => {});
  await settled(page);
}

describe.skipIf(!enabled)('scenarios in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(loadScenarios().map(({ scenario }) => [scenario.id, scenario] as const))(
    '%s',
    async (_id, scenario) => {
      const { page, problems } = await watchedPage(browser);
      const now = scenario.now ? `&now=${encodeURIComponent(scenario.now)}` : '';
      await page.goto(`${baseURL()}/?org=${scenario.org}&lang=${scenario.lang ?? 'en'}${now}`);
      await settled(page);
      const read = `(${readScreenFacts.toString()})(document)`;
      const outcome = await playWith(scenario, {
        read: () => page.evaluate(read) as Promise<ScreenFacts>,
        act: (action) => act(page, action),
      });
      expect(outcome.passed ? 'passed' : outcome.reason).toBe('passed');
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});
