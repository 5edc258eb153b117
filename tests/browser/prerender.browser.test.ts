// The first question is in the page itself, so a person on a slow phone sees it before the
// JavaScript arrives; when the JavaScript does arrive it takes over that same markup without a
// flicker or a console error, and anyone who should see something else gets it instead.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseURL, launch, perform, settled, watchedPage } from './browser';

/** Holds the app's own chunk back until release() is called: the moments before it arrives. */
async function holdApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((done) => {
    release = done;
  });
  await page.route(/\/assets\/mount-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

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

  it('loads no validator for a configuration the build checked, and checks one edited since', async () => {
    const { page, problems } = await watchedPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const validator = (path: string) => /\/assets\/(validator|schema)-[\w-]+\.js$/.test(path);
    await page.goto(`${baseURL()}/?org=riverside&lang=en`);
    await settled(page);
    await perform(page, { type: 'pick.cantSignIn' });
    await perform(page, { type: 'pick.locked' });
    expect(requested.filter(validator)).toEqual([]);
    expect(problems).toEqual([]);
    // The web team edits the deployed file without building the site again: a portal address
    // that is not https must still be caught, with a way to a person.
    await page.route(/\/orgs\/riverside\.json$/, async (route) => {
      const response = await route.fetch();
      const config = await response.json();
      await route.fulfill({
        response,
        json: { ...config, portal: { ...config.portal, url: 'http://portal.example.org' } },
      });
    });
    await page.goto(`${baseURL()}/?org=riverside&lang=en`);
    await page.waitForSelector('h1:has-text("not working right now")');
    expect(await page.locator('.sa-channels a').count()).toBeGreaterThan(0);
    expect(requested.filter(validator).length).toBeGreaterThan(0);
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

  it.each([
    ['the standalone page', '/?org=riverside&lang=en'],
    ['the frame page', '/embed/frame.html?config=/orgs/riverside.json&lang=en'],
  ])(
    'takes an answer given on %s before the app has arrived, and goes on once it has',
    async (_, path) => {
      const { page, problems } = await watchedPage(browser);
      const release = await holdApp(page);
      const address = `${baseURL()}${path}`;
      await page.goto(address, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('first-input-held').length > 0);
      await page.locator('#assistant input[type="radio"][value="locked"]').check();
      await page.locator('#assistant button[type="submit"]').click();
      // Nothing is lost and the page does not reload with the answer in its address.
      await page.waitForTimeout(300);
      expect(page.url()).toBe(address);
      expect(await page.getAttribute('#assistant form', 'aria-busy')).toBe('true');
      release();
      await page.waitForFunction(() =>
        /locked/i.test(document.querySelector('h1')?.textContent ?? ''),
      );
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(page.url()).toBe(address);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('takes "Get help from a person" and a new language before the app has arrived', async () => {
    const { page, problems } = await watchedPage(browser);
    const release = await holdApp(page);
    await page.goto(`${baseURL()}/?org=riverside&lang=en`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-input-held').length > 0);
    await page.locator('header select').selectOption('es');
    await page.locator('button.sa-contact-link').click();
    release();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await settled(page);
    expect(await page.locator('.sa-contact-link').count()).toBe(0);
    expect(await page.locator('header select').inputValue()).toBe('es');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('never shows a question the person will not get: another organization, language or step', async () => {
    for (const query of [
      '?org=lakeside&lang=en',
      '?org=riverside&lang=es',
      '?org=riverside&lang=en#start=locked',
      'embed/frame.html?config=/orgs/lakeside.json',
      'embed/frame.html?config=/orgs/riverside.json&label=Help',
    ]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const release = await holdApp(page);
      await page.goto(`${baseURL()}/${query}`, { waitUntil: 'commit' });
      // The page's scripts have run (they run before DOMContentLoaded); the app has not arrived.
      await page.waitForLoadState('domcontentloaded');
      expect(await page.locator('#assistant h1').count(), query).toBe(0);
      release();
      await settled(page);
      await context.close();
    }
  });
});
