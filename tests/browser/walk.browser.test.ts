// The real-browser gate: every state of the model walk, reached through the built app's UI for
// both demo organizations, checked at 1280 px and 320 px wide with axe (every rule), reflow,
// target sizes and a visible focus, with no request elsewhere, console error or CSP violation.
// The walk goes depth first on one page: forward with the answers, back with the app's Back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeStep } from '../../flows/machine/describe';
import { org } from '../support/orgs';
import { shortestPaths, type WalkEvent } from '../support/walk';
import {
  axe,
  baseURL,
  focusIsVisible,
  launch,
  layoutProblems,
  perform,
  settled,
  watchedPage,
} from './browser';

interface Node {
  state: string | null;
  children: Map<string, { event: WalkEvent; node: Node }>;
}

/** The shortest paths as a tree, so shared prefixes are walked once. */
function pathTree(orgId: string): Node {
  const root: Node = { state: 'problem', children: new Map() };
  for (const path of shortestPaths(org(orgId))) {
    let node = root;
    for (const event of path.events) {
      const key = JSON.stringify(event);
      if (!node.children.has(key))
        node.children.set(key, { event, node: { state: null, children: new Map() } });
      node = node.children.get(key)!.node;
    }
    node.state = describeStep(path.state).key;
  }
  return root;
}

async function check(page: Page, state: string, problems: string[]) {
  expect.soft(await axe(page), `${state}: axe at 1280 px`).toEqual([]);
  expect.soft(await layoutProblems(page, false), `${state}: layout at 1280 px`).toEqual([]);
  expect.soft(await focusIsVisible(page), `${state}: focus`).toBeNull();
  await page.setViewportSize({ width: 320, height: 800 });
  expect.soft(await axe(page), `${state}: axe at 320 px`).toEqual([]);
  expect.soft(await layoutProblems(page, true), `${state}: layout at 320 px`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
  expect.soft(problems.splice(0), `${state}: requests, console, CSP`).toEqual([]);
}

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
      let visited = 0;
      const visit = async (node: Node) => {
        if (node.state) visited += 1;
        if (node.state && !checked.has(node.state)) {
          checked.add(node.state);
          await check(page, node.state, problems);
        }
        for (const { event, node: child } of node.children.values()) {
          await perform(page, event);
          await visit(child);
          const here = await page.locator('main h1').textContent();
          await page.locator('nav .sa-back').click();
          await page.waitForFunction(
            (text) => document.querySelector('main h1')?.textContent !== text,
            here,
          );
          await settled(page);
        }
      };
      await visit(pathTree(orgId));
      await page.context().close();
      return visited;
    };
    const [riverside, lakeside] = await Promise.all([walk('riverside'), walk('lakeside')]);
    console.log(`browser gate: walked ${riverside} + ${lakeside} states, checked ${checked.size}`);
    expect(riverside).toBeGreaterThan(70);
    expect(lakeside).toBeGreaterThan(60);
    expect(checked.size).toBeGreaterThan(80);
  }, 600_000);
});
