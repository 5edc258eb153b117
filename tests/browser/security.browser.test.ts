// The security review's browser cases (issue 20), on the built app under the shipped policy:
// a configuration's Markdown with named entities under Trusted Types, and the frame taking its
// configuration only from the configurations folder.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseURL, HEADING, launch, settled, watchedPage } from './browser';

describe.skipIf(!inject('chromium'))('security, in Chromium under the shipped policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows named entities in a configuration’s Markdown, with Trusted Types required', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.context().route(`${baseURL()}/orgs/riverside.json`, async (route) => {
      const config = await (await route.fetch()).json();
      config.text = {
        en: {
          steps: {
            problem: {
              body: 'Call Billing &amp; Records at the Caf&eacute; desk. &copy; Riverside &#169; &#x2014; &notanentity;',
            },
          },
        },
      };
      return route.fulfill({ json: config });
    });
    await page.goto(`${baseURL()}/?org=riverside`);
    await settled(page);
    // The override's Markdown renderer has loaded (or the step has failed).
    await page.waitForFunction(
      () =>
        /Billing|Something went wrong/.test(document.body.textContent ?? '') &&
        !document.querySelector('[data-loading]'),
    );
    const main = (await page.locator('body').textContent()) ?? '';
    expect(main).toContain(
      'Call Billing & Records at the Café desk. © Riverside © — &notanentity;',
    );
    expect(await page.locator(HEADING).textContent()).toBe('What happens when you try to sign in?');
    expect(main).not.toMatch(/Something went wrong/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the frame takes no configuration from outside the configurations folder', async () => {
    const { page, problems } = await watchedPage(browser);
    // A valid configuration elsewhere on the same origin (an upload folder, say) is not taken.
    await page.context().route(`${baseURL()}/uploads/riverside.json`, async (route) => {
      const config = await (await route.fetch({ url: `${baseURL()}/orgs/riverside.json` })).json();
      return route.fulfill({ json: config });
    });
    await page.goto(`${baseURL()}/embed/frame.html?config=/uploads/riverside.json`);
    await page.waitForSelector('.sa-root h1, h1');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toMatch(/not working right now/);
    expect(text).toMatch(/configurations folder/);
    // The same file from the folder works.
    await page.goto(`${baseURL()}/embed/frame.html?config=/orgs/riverside.json`);
    await settled(page);
    expect(await page.locator(HEADING).textContent()).toBe('What happens when you try to sign in?');
    // The page's own error report is the only console error.
    expect(problems.filter((p) => !/configuration/i.test(p))).toEqual([]);
    await page.context().close();
  });
});
