// The problem finder in Chromium, with its matches shown: on the patient's first screen in English
// and in Arabic (right to left), and as the agent's quick jump with an Arabic caller's words beside
// an English agent's. Every axe rule (contrast included) and reflow at 1280 and 320 px.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeHandoff } from '../../flows/session/handoff';
import { startSession } from '../../flows/session/session';
import { org } from '../support/orgs';
import { baseURL, checkScreen, launch, settled, watchedPage } from './browser';

describe.skipIf(!inject('chromium'))('the problem finder in Chromium, matches shown', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['en', 'Or tell us what happens, in your own words', 'the email with the code never shows up'],
    ['ar', 'أو أخبرنا بما يحدث بكلماتك', 'نسيت كلمة المرور'],
  ])('on the first screen (%s)', async (lang, label, typed) => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${baseURL()}/?org=riverside&lang=${lang}`);
    await settled(page);
    await page.getByLabel(label).fill(typed);
    await page.locator('.sa-finder__matches li button').first().waitFor();
    expect(await page.locator('.sa-root').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await checkScreen(page, `finder matches (${lang})`, problems);
    await page.context().close();
  });

  it("as the agent's quick jump, with an Arabic caller's words beside", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${baseURL()}/?org=riverside&mode=agent`);
    await settled(page);
    await page
      .getByLabel('Handoff code the caller reads out')
      .fill(encodeHandoff(startSession(org('riverside')), 'ar'));
    await page.keyboard.press('Enter');
    await page.locator('main [data-caller="title"][lang="ar"][dir="rtl"]').waitFor();
    await page.getByLabel("What is the caller's problem? A few words").fill('locked out');
    await page.locator('.sa-agent__matches li button').first().waitFor();
    await checkScreen(page, 'agent quick jump, Arabic caller', problems);
    await page.context().close();
  });
});
