// The accessibility tree Chromium itself builds, which jsdom's (tests/a11y) can differ from: the
// ARIA snapshot of the element inside its shadow root and of the frame page, for a few steps. What
// a screen reader would say is checked there: the heading, the answers' group with its name and
// the number of answers in it (the "N" of "1 of N"), focus on the new heading after a step.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseURL, launch, nextStep, settled, watchedPage } from './browser';

async function frameOf(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#help-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

/** The lines of a snapshot that name a role, as "role "name"" with their indent. */
const lines = (snapshot: string) => snapshot.split('\n');

/** The radios listed under a group, in an ARIA snapshot (indented one level deeper than it). */
function radiosOfGroup(snapshot: string, name: string): string[] {
  const all = lines(snapshot);
  const at = all.findIndex((line) => line.trim().startsWith(`- group "${name}"`));
  if (at < 0) return [];
  const indent = all[at]!.search(/\S/);
  const inside: string[] = [];
  for (const line of all.slice(at + 1)) {
    if (line.search(/\S/) <= indent) break;
    // A name with ": " in it comes YAML-quoted: - 'radio "Another sign-in problem: …"'.
    const item = line
      .trim()
      .replace(/^- '(.*)'$/, (_, inner: string) => `- ${inner.replaceAll("''", "'")}`);
    if (item.startsWith('- radio ')) inside.push(item);
  }
  return inside;
}

/** Which element has focus, through the shadow root when there is one. */
const focused = (surface: Page | Frame) =>
  surface.evaluate(() => {
    const root = document.querySelector('signin-assistant')?.shadowRoot ?? document;
    const active = root.activeElement;
    return active ? `${active.tagName.toLowerCase()} ${active.textContent?.trim()}` : null;
  });

describe.skipIf(!inject('chromium'))("Chromium's accessibility tree", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const show of ['element', 'frame'] as const)
    it(`${show === 'element' ? 'inside the shadow root' : 'in the frame page'}: heading, named group, answer count, focus`, async () => {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${baseURL()}/embed/demo.html?show=${show}&org=riverside`);
      const surface = show === 'frame' ? await frameOf(page) : page;
      await settled(surface);
      // Inside the shadow root: Playwright's locators pierce it; the frame: its whole page.
      const root = surface.locator(show === 'frame' ? 'body' : 'signin-assistant .sa-root');

      const first = await root.ariaSnapshot();
      const question = 'What happens when you try to sign in?';
      expect(first).toContain(`- heading "${question}" [level=1]`);
      const answers = radiosOfGroup(first, question);
      expect(answers).toHaveLength(9);
      expect(answers[1]).toBe('- radio "It says my account is locked"');
      // Embedded either way, it is one labelled region (the demo page names each).
      expect(first).toMatch(/^- region "Sign-in help[^"]*"/);

      await surface.getByRole('radio', { name: 'It says my account is locked' }).check();
      await surface.getByRole('button', { name: 'Continue' }).click();
      await nextStep(surface, question);
      const advice = await root.ariaSnapshot();
      expect(advice).toContain('- heading "Your account is locked for 15 minutes" [level=1]');
      expect(radiosOfGroup(advice, 'Did this help?')).toEqual([
        '- radio "Yes, I can sign in now"',
        '- radio "No, I\'m still stuck"',
      ]);
      expect(await focused(surface)).toBe('h1 Your account is locked for 15 minutes');
      // The link's note is part of its name, with its space.
      expect(advice).toMatch(
        /- link "https:\/\/mychart\.riversidehealth\.example \(opens in a new tab\)"/,
      );

      await surface.getByRole('button', { name: 'Continue' }).click();
      const error = await root.ariaSnapshot();
      expect(error).toMatch(/- alert "There is a problem"/);
      expect(await focused(surface)).toMatch(/^div There is a problem/);

      await surface.getByRole('button', { name: 'Contact support' }).click();
      await nextStep(surface, 'Your account is locked for 15 minutes');
      const contact = await root.ariaSnapshot();
      expect(contact).toContain('- heading "Contact Riverside Health" [level=1]');
      expect(contact).toMatch(/- link "\(608\) 555-0142"/);
      expect(contact).not.toMatch(/\b\d{1,2}:\d{2}\s*[–-]/);
      expect(await focused(surface)).toBe('h1 Contact Riverside Health');
      expect(problems).toEqual([]);
      await page.context().close();
    });
});
