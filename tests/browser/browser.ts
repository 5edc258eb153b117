// Chromium driven by playwright-core, with every page watched for requests to other origins,
// console errors, uncaught errors and Content-Security-Policy violations.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { AssistantEvent } from '../../flows/machine/types';

export { launch } from './launch';

export const baseURL = () => inject('baseURL');

export interface Watched {
  page: Page;
  problems: string[];
}

/** A page that records anything that must never happen. */
export async function watchedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // Each load starts fresh: saved progress would otherwise restore the previous path.
  await context.addInitScript(() => {
    try {
      sessionStorage.clear();
    } catch {}
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(baseURL()).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:')
      problems.push(`request to ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

/** Waits until the step has rendered fully (no loading fallback left). */
export async function settled(page: Page) {
  await page.waitForFunction(
    () => document.querySelector('main h1') && !document.querySelector('[data-loading]'),
  );
}

/** Performs one machine event through the real UI, like the jsdom driver. */
export async function perform(page: Page, event: AssistantEvent & { typed?: string }) {
  const before = await page.locator('main h1').textContent();
  if (event.type === 'help.requested') await page.locator('button.sa-contact-link').click();
  else if (event.type === 'input.checked') {
    await page.locator('main form input[type="text"]').fill(event.typed ?? '');
    await page.locator('main form button[type="submit"]').click();
  } else {
    const answer = event.type.slice('pick.'.length);
    const radio = page.locator(`main form input[type="radio"][value="${answer}"]`);
    if (await radio.count()) {
      await radio.check();
      await page.locator('main form button[type="submit"]').click();
    } else await page.locator(`main form button[data-answer="${answer}"]`).click();
  }
  await page.waitForFunction(
    (text) => document.querySelector('main h1')?.textContent !== text,
    before,
  );
  await settled(page);
}

/** axe with every WCAG 2.2 AA and best-practice rule on; `preload: false` keeps it inside the CSP. */
export async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ preload: false, resultTypes: ['violations'] } as never)
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** What jsdom cannot see: reflow, target sizes, and a visible focus indicator. */
export async function layoutProblems(page: Page, narrow: boolean): Promise<string[]> {
  return page.evaluate((checkScroll) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (checkScroll && root.scrollWidth > root.clientWidth + 1)
      problems.push(`horizontal scroll: ${root.scrollWidth} > ${root.clientWidth}`);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of document.querySelectorAll('button, input, select, a[href]')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Links inside a sentence are exempt from the target size (WCAG 2.5.8 "inline").
      const parentText = (el.parentElement?.textContent ?? '').trim();
      if (el.tagName === 'A' && parentText.length > (el.textContent ?? '').trim().length + 1)
        continue;
      if (box.width < 24 || box.height < 24)
        problems.push(`target ${Math.round(box.width)}×${Math.round(box.height)}: ${describe(el)}`);
    }
    return problems;
  }, narrow);
}

/** Tab once and check the focused element shows a focus indicator. */
export async function focusIsVisible(page: Page): Promise<string | null> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing took focus';
    const style = getComputedStyle(el);
    const visible =
      (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none';
    return visible
      ? null
      : `no visible focus on ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  });
}
