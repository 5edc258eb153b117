// The agent view in Chromium: screens of every kind, opened the way an agent opens them (a
// caller's handoff code typed into the code box), checked at 1280 px and 320 px with every axe
// rule (contrast included, which jsdom cannot compute), reflow, target sizes and focus; and the
// keys pressed for real.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AssistantEvent } from '../../flows/machine/types';
import { encodeHandoff } from '../../flows/session/handoff';
import { replay } from '../../flows/session/session';
import { org } from '../support/orgs';
import { axe, baseURL, checkScreen, focusIsVisible, launch, settled, watchedPage } from './browser';

const pick = (...answers: string[]) =>
  answers.map((a) => ({ type: `pick.${a}` }) as AssistantEvent);
const help: AssistantEvent = { type: 'help.requested' };

// One of each kind of screen, in each organization: question, advice, a text field, the contact
// screen after hours, and the last screen.
const SCREENS: [string, string, AssistantEvent[]][] = [
  ['riverside', 'advice', pick('cantSignIn', 'locked')],
  ['riverside', 'text field', pick('code', 'text', 'neverArrives', 'changed')],
  ['riverside', 'done', pick('cantSignIn', 'locked', 'helped')],
  ['lakeside', 'question', pick('someoneElse', 'child')],
  ['lakeside', 'contact after hours', [...pick('cantSignIn', 'locked'), help]],
];

const heading = (page: Page) => page.locator('.sa-root main h1').textContent();

describe.skipIf(!inject('chromium'))('the agent view in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('screens of every kind pass at 1280 and 320 px, opened from handoff codes', async () => {
    const { page, problems } = await watchedPage(browser);
    for (const orgId of ['riverside', 'lakeside']) {
      await page.goto(`${baseURL()}/?org=${orgId}&mode=agent&now=2026-12-05T21:30:00-06:00`);
      await settled(page);
      await checkScreen(page, `${orgId} first question`, problems);
      for (const [screenOrg, name, events] of SCREENS.filter(([o]) => o === orgId)) {
        const caller = replay(org(screenOrg), events, '2026-12-05');
        const expected = String(caller.snapshot.value);
        await page.getByLabel('Handoff code the caller reads out').fill(encodeHandoff(caller));
        await page.keyboard.press('Enter');
        await page.waitForSelector(`[data-agent-wording="${expected}"]`);
        await checkScreen(page, `${orgId} ${name}`, problems);
      }
    }
    await page.context().close();
  });

  it("runs embedded, in the element's shadow root and in the frame", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${baseURL()}/embed/demo.html?mode=agent`);
    // Playwright's CSS locators pierce the open shadow root.
    await page.locator('signin-assistant [data-agent-wording="problem"]').waitFor();
    await page.frameLocator('#help-frame').locator('[data-agent-wording="problem"]').waitFor();
    await page.keyboard.press('2');
    await page.locator('signin-assistant [data-agent-wording="lockedWait"]').waitFor();
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('is driven by real key presses, with the focus always visible', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${baseURL()}/?org=riverside&mode=agent`);
    await settled(page);
    await page.keyboard.press('2');
    await page.waitForSelector('[data-agent-wording="lockedWait"]');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Alt+Shift+KeyB');
    await page.waitForSelector('[data-agent-wording="problem"]');
    await page.keyboard.press('?');
    await page.getByRole('heading', { name: 'Keys' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+KeyJ');
    // The patient's finder: Enter before it has loaded still jumps, once it has.
    await page.keyboard.type('code never came');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-agent-wording="codePhoneSame"]');
    expect(await heading(page)).toBe(
      'Is your phone number the same as when you set up sign-in codes?',
    );
    expect(await focusIsVisible(page)).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
