// Representative screens under the conditions people really use: 200% zoom, a dark colour
// scheme, forced colours (Windows high contrast), and the pseudo-locale's longer words at 320 px.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, baseURL, launch, layoutProblems, perform, settled, watchedPage } from './browser';

// A question, advice with a list and the Caps Lock field, a typed-input error, the contact screen
// after hours, the proxy screen with a form list, and the last screen.
const SCREENS = [
  { name: 'first question', org: 'riverside', link: '' },
  {
    name: 'password basics',
    org: 'riverside',
    link: '#start=password',
    answers: ['skip'],
  },
  { name: 'contact after hours', org: 'lakeside', link: '#start=contact' },
  { name: 'teen proxy rules', org: 'lakeside', link: '#start=proxy', answers: ['child', 'teen'] },
  {
    name: 'code never arrives',
    org: 'riverside',
    link: '#start=code',
    answers: ['text', 'neverArrives', 'same'],
  },
];

const MODES: [string, BrowserContextOptions, string][] = [
  ['200% zoom', { viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 }, 'en'],
  ['dark colour scheme', { colorScheme: 'dark' }, 'en'],
  ['forced colours', { forcedColors: 'active' }, 'en'],
  ['pseudo-locale at 320 px', { viewport: { width: 320, height: 800 } }, 'en-XA'],
  ['Arabic at 320 px', { viewport: { width: 320, height: 800 } }, 'ar'],
];

describe.skipIf(!inject('chromium'))('representative screens in every display mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(MODES)('%s', async (_mode, options, lang) => {
    const { page, problems } = await watchedPage(browser, options);
    for (const [i, screen] of SCREENS.entries()) {
      // A query that differs per screen makes each a real load, not a same-page hash change.
      const query = `org=${screen.org}&lang=${lang}&now=2026-12-05T21:30:00-06:00&screen=${i}`;
      await page.goto(`${baseURL()}/?${query}${screen.link}`);
      await settled(page);
      for (const answer of screen.answers ?? []) await perform(page, { type: `pick.${answer}` });
      expect.soft(await axe(page), `${screen.name}: axe`).toEqual([]);
      expect.soft(await layoutProblems(page, true), `${screen.name}: layout`).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
