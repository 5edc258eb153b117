// The first question is in the page itself, so a person on a slow phone sees it before the
// JavaScript arrives; when the JavaScript does arrive it takes over that same markup without a
// flicker or a console error, and anyone who should see something else gets it instead.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseURL, launch, perform, settled, watchedPage } from './browser';

describe.skipIf(!inject('chromium'))('the prerendered first question', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is readable, with every answer, even with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/`);
    expect(await page.textContent('h1')).toBe('What happens when you try to sign in?');
    expect(await page.locator('main input[type="radio"]').count()).toBeGreaterThan(5);
    expect(await page.textContent('header')).toContain('Riverside Health');
    await context.close();
  });

  it('is taken over in place: the same heading element, then the first answer works', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${baseURL()}/?org=riverside&lang=en`, { waitUntil: 'commit' });
    const heading = await page.waitForSelector('h1');
    await settled(page);
    expect(await heading.evaluate((h) => h.isConnected)).toBe(true);
    await perform(page, { type: 'pick.cantSignIn' });
    await perform(page, { type: 'pick.locked' });
    expect(await page.textContent('h1')).toMatch(/locked/i);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('gives way to another organization, language or saved step without an error', async () => {
    const { page, problems } = await watchedPage(browser);
    for (const [query, heading] of [
      ['org=lakeside&lang=en', 'What happens when you try to sign in?'],
      ['org=riverside&lang=es', '¿Qué pasa cuando intenta entrar?'],
    ]) {
      await page.goto(`${baseURL()}/?${query}`);
      await settled(page);
      expect(await page.textContent('h1'), query).toBe(heading);
      expect(await page.locator('#assistant h1').count(), query).toBe(1);
    }
    expect(await page.textContent('header')).toContain('Riverside Health');
    await page.goto(`${baseURL()}/?org=riverside&lang=en#start=locked`);
    await settled(page);
    expect(await page.textContent('h1')).toMatch(/locked/i);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
