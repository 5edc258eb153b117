// The preview page a health system's web team uses: load or paste a configuration, read the
// validator's findings, walk the assistant with it. Nothing leaves the browser.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rawAgentFacts, rawOrg } from '../support/orgs';
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

describe.skipIf(!inject('chromium'))('the configuration preview page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('checks a demo configuration, then walks the assistant with it, uploading nothing', async () => {
    const { page, problems } = await watchedPage(browser);
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(`${r.method()} ${r.url()}`);
    });
    await page.goto(`${baseURL()}/embed/preview.html`);
    await page.selectOption('#pv-demo', 'lakeside');
    await page.waitForFunction(() =>
      (document.getElementById('pv-text') as HTMLTextAreaElement).value.includes('lakeside'),
    );
    await page.click('#pv-form button[type="submit"]');
    await settled(page);
    expect(await page.textContent('#pv-findings')).toContain('Valid, with no warnings.');
    expect(await page.locator(HEADING).textContent()).toBe('What happens when you try to sign in?');
    await perform(page, { type: 'pick.cantSignIn' });
    await perform(page, { type: 'pick.locked' });
    expect(await page.locator(HEADING).textContent()).toMatch(/Call Lakeside Clinic/);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await layoutProblems(page, true)).toEqual([]);
    expect(sent).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lists errors with their paths and suggestions, and still shows a way to a person', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${baseURL()}/embed/preview.html`);
    const broken = rawOrg('riverside') as Record<string, any>;
    broken.channels[0].phone = '608-555-0142';
    broken.chanels = [];
    await page.fill('#pv-text', JSON.stringify(broken, null, 2));
    await page.click('#pv-form button[type="submit"]');
    await page.waitForFunction(() =>
      document.getElementById('pv-findings')!.textContent!.includes('Not valid'),
    );
    const findings = await page.textContent('#pv-findings');
    expect(findings).toContain('Error at channels[0].phone');
    expect(findings).toContain('Suggestion: Write the number with + and the country code');
    expect(findings).toContain('"chanels" → "channels"?');
    expect(await page.locator('#pv-assistant .sa-root').textContent()).toMatch(/not working/i);
    expect(await page.locator('#pv-assistant a[href^="tel:"]').count()).toBeGreaterThan(0);
    await page.fill('#pv-text', '{ "id": "x", }');
    await page.click('#pv-form button[type="submit"]');
    await page.waitForFunction(() =>
      document.getElementById('pv-findings')!.textContent!.includes('not JSON'),
    );
    await page.context().close();
  });

  it("previews the agent view with the configuration's agent settings", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${baseURL()}/embed/preview.html`);
    // One file pasted: the agent facts as the old `agent` section, which still works (with a warning).
    const edited = rawOrg('lakeside') as Record<string, any>;
    const { org: _org, ...facts } = structuredClone(rawAgentFacts('lakeside')) as Record<
      string,
      any
    >;
    edited.agent = facts;
    edited.agent.escalation[0].how = 'Queue "Portal T2 (preview)"';
    await page.fill('#pv-text', JSON.stringify(edited));
    await page.selectOption('#pv-mode', 'agent');
    await page.click('#pv-form button[type="submit"]');
    await page.locator('#pv-assistant [data-agent-wording="problem"]').waitFor();
    expect(await page.textContent('#pv-assistant')).toContain('Queue "Portal T2 (preview)"');
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('warns about a risky but valid setting', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${baseURL()}/embed/preview.html`);
    const risky = rawOrg('riverside') as Record<string, any>;
    risky.portal.urls = ['https://mychart.riversidehealht.example/'];
    await page.fill('#pv-text', JSON.stringify(risky));
    await page.click('#pv-form button[type="submit"]');
    await settled(page);
    expect(await page.textContent('#pv-findings')).toMatch(
      /Valid, with 1 warning\..*Warning at portal\.urls\[0\]/s,
    );
    await page.context().close();
  });
});
