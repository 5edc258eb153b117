// The real-browser gate: every state of the model walk, reached through the built app's UI for
// both demo organizations and the fixture that turns on what they leave off, checked at 1280 px
// and 320 px wide with axe (every rule), reflow, target sizes and a visible focus, with no request
// elsewhere, console error or CSP violation. The walk goes depth first on one page: forward with
// the answers, back with the app's Back.
//
// Why this gate once passed a screen that scrolls sideways at 320 px (issue 25): riverside's
// "Something else" → "account inactive or closed" → contact step lists the patient-services
// email, which did not wrap. The walk followed the model's shortest paths, whose states are
// told apart by step and code method only, so the contact step was reached with one need
// (portal support, by "Contact support" on the first question) and never with patient services
// or medical records, whose channels differ. And each state was checked once, by whichever
// organization reached it first, so only one organization's contact step was ever checked. Now
// the walk goes to every screen (the contact step once per need, walker.ts screenOf), full
// checks run once per screen and, for the contact step, per configuration (its channels), and
// every state of every configuration gets the 320 px reflow check.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { needs } from '../../flows/config/sections/channels';
import { reachableSteps } from '../../flows/machine/explore';
import { org } from '../support/orgs';
import {
  baseURL,
  checkScreen,
  launch,
  narrowLayoutProblems,
  settled,
  watchedPage,
} from './browser';
import { walkEveryPath } from './walker';

// The fixture is not among the built app's organizations (the page falls back to riverside for
// any other), so its page is given the fixture in place of riverside's file. Its other steps are
// walked in jsdom; here it adds its own channels, so only its contact steps are walked.
const FIXTURE = 'test-variants';
const CONTACTS = new Set(needs.map((n) => `contact:${n}`));
const fixture = readFileSync(resolve(import.meta.dirname, `../fixtures/${FIXTURE}.json`), 'utf8');

describe.skipIf(!inject('chromium'))('the built app in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every state of every walked configuration passes at 1280 and 320 px', async () => {
    // The full checks run once per screen, by whichever configuration reaches it first, except
    // the contact step, whose channels are each configuration's own; the three walks run side by
    // side in three pages. Reflow at 320 px is checked on every state of every walk.
    const checked = new Set<string>();
    const screens: Record<string, Set<string>> = {};
    const walk = async (orgId: string) => {
      const { page, problems } = await watchedPage(browser);
      if (orgId === FIXTURE)
        await page.route('**/orgs/riverside.json', (route) =>
          route.fulfill({ body: fixture, contentType: 'application/json' }),
        );
      const shown = orgId === FIXTURE ? 'riverside' : orgId;
      await page.goto(`${baseURL()}/?org=${shown}&now=2026-12-02T10:15:00-06:00`);
      await settled(page);
      const seen = new Set<string>();
      screens[orgId] = seen;
      const visited = await walkEveryPath(
        page,
        orgId,
        async (screen) => {
          seen.add(screen);
          const name = `${orgId} ${screen}`;
          const once = screen.startsWith('contact:') ? name : screen;
          if (!checked.has(once)) {
            checked.add(once);
            await checkScreen(page, name, problems, { focus: true });
          } else {
            expect.soft(await narrowLayoutProblems(page), `${name}: layout at 320 px`).toEqual([]);
            expect.soft(problems.splice(0), `${name}: requests, console, CSP`).toEqual([]);
          }
        },
        orgId === FIXTURE ? CONTACTS : undefined,
        { screens: true },
      );
      await page.context().close();
      return visited;
    };
    const orgIds = ['riverside', 'lakeside', FIXTURE];
    const visited = await Promise.all(orgIds.map(walk));
    console.log(`browser gate: walked ${visited.join(' + ')} states, checked ${checked.size}`);
    for (const orgId of orgIds) {
      // Every step the configuration makes reachable was on screen, and the contact step once
      // for each kind of need (each routes to its own channels).
      const steps = new Set([...(screens[orgId] ?? [])].map((s) => s.split(':')[0]));
      if (orgId !== FIXTURE)
        expect(steps, `${orgId}: steps walked`).toEqual(reachableSteps(org(orgId)));
      const contacts = [...(screens[orgId] ?? [])].filter((s) => s.startsWith('contact:')).sort();
      expect(contacts, `${orgId}: contact steps`).toEqual(needs.map((n) => `contact:${n}`).sort());
    }
    expect(checked.size).toBeGreaterThan(80);
  }, 600_000);
});
