// The real-browser gate: every state of the model walk, reached through the built app's UI for
// both demo organizations, checked at 1280 px and 320 px wide with axe (every rule), reflow,
// target sizes and a visible focus, with no request elsewhere, console error or CSP violation.
// The walk goes depth first on one page: forward with the answers, back with the app's Back.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseURL, checkScreen, launch, layoutProblems, settled, watchedPage } from './browser';
import { walkEveryPath } from './walker';

describe.skipIf(!inject('chromium'))('the built app in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every state of both demo organizations passes at 1280 and 320 px', async () => {
    // Each state is checked once, by whichever organization reaches it first; both walk every
    // path. The two walks run side by side in two pages.
    const checked = new Set<string>();
    const walk = async (orgId: string) => {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${baseURL()}/?org=${orgId}&now=2026-12-02T10:15:00-06:00`);
      await settled(page);
      const visited = await walkEveryPath(page, orgId, async (state) => {
        if (checked.has(state)) return;
        checked.add(state);
        await checkScreen(page, state, problems, { focus: true });
      });
      await page.context().close();
      return visited;
    };
    const [riverside, lakeside] = await Promise.all([walk('riverside'), walk('lakeside')]);
    console.log(`browser gate: walked ${riverside} + ${lakeside} states, checked ${checked.size}`);
    expect(riverside).toBeGreaterThan(70);
    expect(lakeside).toBeGreaterThan(60);
    expect(checked.size).toBeGreaterThan(80);
  }, 600_000);

  it('a contact step with a long email address does not scroll sideways at 320 px', async () => {
    // The walk checks each state once, where it first meets it; this contact step (Riverside's
    // patient-services email) was never the first, and its address widened the page to 407 px.
    const { page } = await watchedPage(browser);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${baseURL()}/?org=riverside&now=2026-12-02T10:15:00-06:00`);
    await settled(page);
    await page.getByLabel('Something else').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel(/inactive or closed/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: /Contact/ }).waitFor();
    expect(await layoutProblems(page, true)).toEqual([]);
    await page.context().close();
  });
});
