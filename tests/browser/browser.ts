// Chromium driven by playwright-core, with every page watched for requests to other origins,
// console errors, uncaught errors and Content-Security-Policy violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { AssistantEvent } from '../../flows/machine/types';

export { launch } from './launch';

export const baseURL = () => inject('baseURL');

// axe-core goes into every document (frames too) once, as the page loads, instead of being sent
// again for each check as @axe-core/playwright does: over a walk of ~80 states per page that was
// most of the browser gate's time.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface Watched {
  page: Page;
  problems: string[];
}

/** A page that records anything that must never happen. */
/**
 * Every document of the context starts fresh (saved progress would otherwise restore the previous
 * path), reports CSP violations to the console, and has axe-core ready.
 */
export async function prepareContext(context: BrowserContext) {
  await context.addInitScript(() => {
    try {
      sessionStorage.clear();
    } catch {}
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await context.addInitScript({ content: AXE_SOURCE });
}

export async function watchedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await prepareContext(context);
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

/**
 * Where the assistant is being driven: the standalone page, a host page with the element (its
 * shadow root is open, and Playwright's CSS locators pierce it), or the frame of the iframe mode.
 */
export type Surface = Page | Frame;

// Polled on a timer, not on animation frames: a cross-origin frame out of view gets none.
const POLL = { polling: 50 } as const;

/** The assistant's step heading, and its form, wherever the assistant is. */
export const HEADING = '.sa-root h1';
export const FORM = '.sa-root form';

/**
 * Waits until the step has rendered fully (no loading fallback left) and the app is live: the
 * prerendered first question is on screen before its JavaScript can answer a click.
 */
export async function settled(surface: Surface) {
  await surface.waitForFunction(
    () => {
      const root = document.querySelector('signin-assistant')?.shadowRoot ?? document;
      return (
        performance.getEntriesByName('first-interactive').length > 0 &&
        root.querySelector('.sa-root h1') &&
        !root.querySelector('[data-loading]')
      );
    },
    undefined,
    POLL,
  );
}

/** Waits for the heading to change from `before`, then for the new step to settle. */
export async function nextStep(surface: Surface, before: string | null, timeout?: number) {
  // In the page: the heading's text, inside a <signin-assistant> shadow root if there is one.
  await surface.waitForFunction(
    (text) =>
      (document.querySelector('signin-assistant')?.shadowRoot ?? document).querySelector(
        '.sa-root h1',
      )?.textContent !== text,
    before,
    { timeout, ...POLL },
  );
  await settled(surface);
}

/** Performs one machine event through the real UI, like the jsdom driver. */
export async function perform(surface: Surface, event: AssistantEvent & { typed?: string }) {
  const before = await surface.locator(HEADING).textContent();
  if (event.type === 'help.requested') await surface.locator('button.sa-contact-link').click();
  else if (event.type === 'input.checked') {
    await surface.locator(`${FORM} input[type="text"]`).fill(event.typed ?? '');
    await surface.locator(`${FORM} button[type="submit"]`).click();
  } else {
    const answer = event.type.slice('pick.'.length);
    const radio = surface.locator(`${FORM} input[type="radio"][value="${answer}"]`);
    if (await radio.count()) {
      await radio.check();
      await surface.locator(`${FORM} button[type="submit"]`).click();
    } else await surface.locator(`${FORM} button[data-answer="${answer}"]`).click();
  }
  await nextStep(surface, before);
}

/**
 * axe with the WCAG 2.2 AA and best-practice rules, on the whole page: open shadow roots and
 * frames included (axe runs inside each frame and reports through the top page). `preload: false`
 * keeps it from fetching stylesheets, which the CSP would report.
 */
export async function axe(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      preload: false,
      iframes: true,
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, AXE_TAGS);
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

/**
 * Reflow and target sizes alone, at 320 px (WCAG 1.4.10): cheap enough (no axe) to run on every
 * state of every configuration, where the full checks run once per screen.
 */
export async function narrowLayoutProblems(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 320, height: 800 });
  const found = await layoutProblems(page, true);
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
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

/**
 * The gate's checks on one screen, at 1280 px and then 320 px wide: every axe rule, reflow and
 * target sizes, optionally a visible focus, and nothing requested elsewhere, logged or blocked.
 */
export async function checkScreen(
  page: Page,
  name: string,
  problems: string[],
  { focus = false } = {},
) {
  expect.soft(await axe(page), `${name}: axe at 1280 px`).toEqual([]);
  expect.soft(await layoutProblems(page, false), `${name}: layout at 1280 px`).toEqual([]);
  if (focus) expect.soft(await focusIsVisible(page), `${name}: focus`).toBeNull();
  await page.setViewportSize({ width: 320, height: 800 });
  expect.soft(await axe(page), `${name}: axe at 320 px`).toEqual([]);
  expect.soft(await layoutProblems(page, true), `${name}: layout at 320 px`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
  expect.soft(problems.splice(0), `${name}: requests, console, CSP`).toEqual([]);
}
