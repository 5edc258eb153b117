// The assistant embedded on a health system's page, both ways, on the demo host page (which ships
// a "reset everything" stylesheet): as <signin-assistant> in a shadow root, and as an iframe. Each
// kind of screen is reached in each, with axe inside the shadow root and the frame and no CSP
// violation; neither page's styles change the other.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  axe,
  baseURL,
  HEADING,
  launch,
  layoutProblems,
  perform,
  settled,
  watchedPage,
} from './browser';
import { screenKindsOf, walkEveryPath } from './walker';

async function frameOf(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#help-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

// Text and box properties a host's CSS could plausibly reach; widths follow the page, so not them.
const PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'color',
  'background-color',
  'text-transform',
  'letter-spacing',
  'text-align',
  'margin-top',
  'padding-top',
  'padding-left',
  'border-top-width',
  'display',
];

/** The computed style of every element in a root, keyed by its position. */
async function styles(page: Page, inShadow: boolean): Promise<Record<string, string>> {
  return page.evaluate(
    ([shadow, properties]) => {
      const root = shadow
        ? document.querySelector('signin-assistant')!.shadowRoot!.querySelector('.sa-root')!
        : document.body;
      const out: Record<string, string> = {};
      const all = [root, ...root.querySelectorAll('*')].filter(
        (el) =>
          !el.closest('signin-assistant, #frame-demo, #element-demo, #event-log li, script, link'),
      );
      const elements = shadow ? [root, ...root.querySelectorAll('*')] : all;
      elements.forEach((el, i) => {
        const style = getComputedStyle(el);
        out[`${i} ${el.tagName.toLowerCase()}.${el.className}`] = properties
          .map((p) => style.getPropertyValue(p))
          .join('|');
      });
      return out;
    },
    [inShadow, PROPERTIES] as const,
  );
}

describe.skipIf(!inject('chromium'))('embedded on a host page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('both modes: every kind of screen, with axe and no CSP violation', async () => {
    // Both modes side by side, to one screen of each kind (walker.ts screenKindsOf): Riverside's
    // kinds, then Lakeside's that Riverside has none of. Every state is checked in full by the
    // standalone gate (walk.browser.test.ts); here what differs is the embedding around it.
    const riverside = screenKindsOf('riverside');
    const kinds = new Set(riverside.values());
    const lakeside = new Map([...screenKindsOf('lakeside')].filter(([, kind]) => !kinds.has(kind)));
    const checked = { element: new Set<string>(), frame: new Set<string>() };
    const walk = async (show: 'element' | 'frame', orgId: string, only: Map<string, string>) => {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${baseURL()}/embed/demo.html?show=${show}&org=${orgId}`);
      const surface = show === 'frame' ? await frameOf(page) : page;
      await settled(surface);
      const seen = checked[show];
      await walkEveryPath(
        surface,
        orgId,
        async (state) => {
          const kind = only.get(state);
          if (!kind || seen.has(kind)) return;
          seen.add(kind);
          expect.soft(await axe(page), `${show} ${state}: axe`).toEqual([]);
          expect.soft(problems.splice(0), `${show} ${state}: requests, console, CSP`).toEqual([]);
        },
        new Set(only.keys()),
      );
      await page.context().close();
    };
    await Promise.all([
      walk('element', 'riverside', riverside),
      walk('frame', 'riverside', riverside),
      walk('element', 'lakeside', lakeside),
      walk('frame', 'lakeside', lakeside),
    ]);
    const all = [...kinds, ...lakeside.values()].sort();
    console.log(`embedded: checked ${all.length} kinds of screen in each mode: ${all.join(', ')}`);
    expect([...checked.element].sort()).toEqual(all);
    expect([...checked.frame].sort()).toEqual(all);
    expect(all.length).toBeGreaterThan(5);
  }, 600_000);

  it('axe sees inside the shadow root and inside the frame', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${baseURL()}/embed/demo.html?show=both`);
    await settled(page);
    const frame = await frameOf(page);
    await settled(frame);
    expect(await axe(page)).toEqual([]);
    // The host page with both, on a narrow phone: nothing scrolls sideways, targets stay 24 px.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(300);
    expect(await layoutProblems(page, true)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    // A planted image without a text alternative in each: both must be reported.
    const plant = () => {
      const root = document.querySelector('signin-assistant')?.shadowRoot ?? document;
      root.querySelector('.sa-root h1')!.after(document.createElement('img'));
    };
    await page.evaluate(plant);
    await frame.evaluate(plant);
    const found = (await axe(page)).filter((v) => v.startsWith('image-alt'));
    // axe names a node in a shadow root as [host, inner] and one in a frame as "frame inner".
    expect(found.join(' ')).toContain('#help,img');
    expect(found.join(' ')).toContain('#help-frame img');
    await page.context().close();
  });

  it('the host page’s reset stylesheet does not reach inside the element', async () => {
    const { page, problems } = await watchedPage(browser);
    const read = async (query: string) => {
      await page.goto(`${baseURL()}/embed/demo.html?show=element&${query}`);
      await settled(page);
      await perform(page, { type: 'pick.code' });
      return styles(page, true);
    };
    const plain = await read('bare=1');
    const reset = await read('bare=0');
    expect(Object.keys(reset).length).toBeGreaterThan(20);
    expect(reset).toEqual(plain);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the assistant does not change the host page’s own look, in either mode', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${baseURL()}/embed/demo.html?show=none`);
    const without = await styles(page, false);
    await page.goto(`${baseURL()}/embed/demo.html?show=both`);
    await settled(page);
    await settled(await frameOf(page));
    const withBoth = await styles(page, false);
    expect(Object.keys(without).length).toBeGreaterThan(15);
    expect(withBoth).toEqual(without);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the frame grows to fit its content and passes its events to the host page', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${baseURL()}/embed/demo.html?show=frame&org=lakeside`);
    const frame = await frameOf(page);
    await settled(frame);
    const height = () => page.evaluate(() => document.getElementById('help-frame')!.offsetHeight);
    await page.waitForFunction(() => document.getElementById('help-frame')!.style.height !== '');
    const first = await height();
    const inner = await frame.evaluate(
      () => document.documentElement.getBoundingClientRect().height,
    );
    expect(Math.abs(first - Math.ceil(inner))).toBeLessThanOrEqual(2);
    await perform(frame, { type: 'pick.cantSignIn' });
    await perform(frame, { type: 'pick.locked' });
    await page.waitForFunction(() =>
      document.getElementById('event-log')!.textContent!.includes('lockout'),
    );
    // The default signal level: the flow and the outcome, no step ids.
    const log = (await page.locator('#event-log').textContent()) ?? '';
    expect(log).toContain('{"type":"step","flow":"lockout"}');
    expect(log).not.toContain('"step":"');
    expect(await frame.locator(HEADING).textContent()).toMatch(/call/i);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
